package no.samarbeidsavtaler.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agreements.security.*}.
 *
 * @param usersFile  YAML file of local users with bcrypt hashes (Spring resource location)
 * @param demoUsers  the demo users (secretary, manager, auditor, admin; password "demo"). Unset means:
 *                   on with the embedded store, off as soon as a MongoDB URI is configured
 * @param realm      the HTTP Basic realm named in {@code WWW-Authenticate}
 * @param oidc       JWT login (HelseID or another OpenID Connect provider); active when an issuer is set
 */
@ConfigurationProperties(prefix = "agreements.security")
public record SecurityProperties(String usersFile, Boolean demoUsers, String realm, Oidc oidc) {

    public SecurityProperties {
        usersFile = usersFile == null || usersFile.isBlank() ? "classpath:users.yml" : usersFile;
        realm = realm == null || realm.isBlank() ? "Samarbeidsavtaleregisteret" : realm;
        oidc = oidc == null ? new Oidc(null, null, null, null, null, null, null) : oidc;
    }

    /** Demo users are on when asked for, and otherwise only with the embedded store. */
    public boolean demoUsersActive(boolean embeddedStore) {
        return demoUsers != null ? demoUsers : embeddedStore;
    }

    /**
     * @param issuerUri    the token issuer, e.g. {@code https://helseid-sts.nhn.no}; blank = no JWT login
     * @param audience     when set, tokens must name it in {@code aud}
     * @param actorClaim   the claim recorded as {@code actorId} (default {@code sub})
     * @param rolesClaim   the claim holding the registry roles (default {@code role}); a string or a list
     * @param rolePrefix   stripped from role values before matching, e.g. {@code samarbeidsavtaler/}
     * @param trustsClaim  the claim holding health trust organisation numbers (default {@code helseforetak})
     * @param regionsClaim the claim holding regional health authorities (default {@code rhf})
     */
    public record Oidc(String issuerUri, String audience, String actorClaim, String rolesClaim, String rolePrefix,
                       String trustsClaim, String regionsClaim) {

        public Oidc {
            actorClaim = blankTo(actorClaim, "sub");
            rolesClaim = blankTo(rolesClaim, "role");
            rolePrefix = rolePrefix == null ? "" : rolePrefix;
            trustsClaim = blankTo(trustsClaim, "helseforetak");
            regionsClaim = blankTo(regionsClaim, "rhf");
        }

        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
