package no.samarbeidsavtaler.core.party;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A reference to a party as it is stored in events: the kind plus its identifier
 * (organisasjonsnummer, kommunenummer or user-organisation slug).
 */
public record PartyRef(PartyKind kind, String id) {

    public PartyRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static PartyRef healthTrust(OrganisationNumber number) {
        return new PartyRef(PartyKind.HEALTH_TRUST, number.value());
    }

    public static PartyRef municipality(MunicipalityNumber number) {
        return new PartyRef(PartyKind.MUNICIPALITY, number.value());
    }

    public static PartyRef userOrganisation(String slug) {
        return new PartyRef(PartyKind.USER_ORGANISATION, slug);
    }

    @JsonIgnore // a convenience, not a fact: never part of stored or served JSON
    public boolean isHealthTrust() {
        return kind == PartyKind.HEALTH_TRUST;
    }

    @JsonIgnore
    public boolean isMunicipality() {
        return kind == PartyKind.MUNICIPALITY;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
