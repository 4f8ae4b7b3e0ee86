package no.samarbeidsavtaler.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.samarbeidsavtaler.core.party.CsvPartyCatalogue;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** The named access questions against the real reference data. */
class AccessPolicyTest {

    private static final String HELSE_FONNA = "983974694";
    private static final String HELSE_BERGEN = "983974724";
    private static final String HELGELANDSSYKEHUSET = "983974929";

    private final AccessPolicy policy = new AccessPolicy(CsvPartyCatalogue.fromClasspath());

    @Test
    void aSecretaryRecordsForTheAssignedTrustOnly() {
        Actor fonna = actor(Set.of(Role.SECRETARY), Set.of(HELSE_FONNA), Set.of());

        assertThat(policy.canRecordFor(fonna, HELSE_FONNA)).isTrue();
        assertThat(policy.canRecordFor(fonna, HELSE_BERGEN)).isFalse();
    }

    @Test
    void aRegionCoversAllItsTrustsByNameOrOrganisationNumber() {
        Actor vest = actor(Set.of(Role.SECRETARY), Set.of(), Set.of("Helse Vest RHF"));
        Actor vestByNumber = actor(Set.of(Role.SECRETARY), Set.of(), Set.of("983658725"));

        assertThat(policy.canRecordFor(vest, HELSE_FONNA)).isTrue();
        assertThat(policy.canRecordFor(vest, HELSE_BERGEN)).isTrue();
        assertThat(policy.canRecordFor(vest, HELGELANDSSYKEHUSET)).isFalse();
        assertThat(policy.canRecordFor(vestByNumber, HELSE_BERGEN)).isTrue();
    }

    @Test
    void otherRolesNeverRecordEvenWithATrustAssigned() {
        for (Role role : Set.of(Role.MANAGER, Role.AUDITOR, Role.ADMIN)) {
            assertThat(policy.canRecordFor(actor(Set.of(role), Set.of(HELSE_FONNA), Set.of("Helse Vest RHF")), HELSE_FONNA))
                    .as(role.name()).isFalse();
        }
    }

    @Test
    void unknownOrInvalidTrustsAreNeverInScope() {
        Actor vest = actor(Set.of(Role.SECRETARY), Set.of(), Set.of("Helse Vest RHF"));

        assertThat(policy.canRecordFor(vest, "983974695")).isFalse();
        assertThat(policy.canRecordFor(vest, null)).isFalse();
    }

    @Test
    void aNewAgreementIsCheckedForRoleThenValidityThenRegion() {
        Actor manager = actor(Set.of(Role.MANAGER), Set.of(), Set.of());
        Actor fonna = actor(Set.of(Role.SECRETARY), Set.of(HELSE_FONNA), Set.of());

        assertThatThrownBy(() -> policy.requireRecordForNew(manager, "983974695", "healthTrust"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policy.requireRecordForNew(fonna, "983974695", "healthTrust"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("healthTrust"));
        assertThatThrownBy(() -> policy.requireRecordForNew(fonna, HELSE_BERGEN, "healthTrust"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readingAuditingAndAdministeringFollowTheRoles() {
        Actor auditor = actor(Set.of(Role.AUDITOR), Set.of(), Set.of());
        Actor admin = actor(Set.of(Role.ADMIN), Set.of(), Set.of());
        Actor nobody = actor(Set.of(), Set.of(), Set.of());

        assertThat(policy.canRead(auditor)).isTrue();
        assertThat(policy.canRead(nobody)).isFalse();
        assertThat(policy.canAudit(auditor)).isTrue();
        assertThat(policy.canAudit(admin)).isFalse();
        assertThat(policy.canAdminister(admin)).isTrue();
        assertThat(policy.canAdminister(auditor)).isFalse();
    }

    private static Actor actor(Set<Role> roles, Set<String> trusts, Set<String> regions) {
        return new Actor("someone", roles, trusts, regions);
    }
}
