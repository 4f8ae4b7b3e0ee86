package no.samarbeidsavtaler.core.party;

import java.util.List;

/**
 * One row of reference-data/opptaksomrader.csv (SSB KLASS 629, somatic catchment areas, 2024
 * municipality numbers): {@code municipality} is (partly) in the catchment area of the hospital
 * {@code owner}. The owner is a helseforetak, except for the two private non-HF hospitals in Oslo
 * (Lovisenberg diakonale sykehus AS and Diakonhjemmet sykehus AS).
 *
 * @param localHospitalAreas the KLASS 629 lokalsykehusområder, e.g. ["S17 Haukeland", "S16 Haraldsplass"]
 * @param note               the source's remark (e.g. Oslo's bydeler, Eidfjord/Gulen differences), or ""
 */
public record CatchmentEntry(OrganisationNumber owner, String ownerName, MunicipalityNumber municipality,
                             CatchmentSplit split, List<String> localHospitalAreas, String note) {

    public CatchmentEntry {
        localHospitalAreas = List.copyOf(localHospitalAreas);
    }
}
