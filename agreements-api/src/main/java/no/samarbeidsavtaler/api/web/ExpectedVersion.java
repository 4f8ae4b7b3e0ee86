package no.samarbeidsavtaler.api.web;

/**
 * The aggregate version a client based its change on, read from {@code If-Match}. Our ETags are the
 * aggregate version (sequence number of its last event) in quotes, e.g. {@code "7"}.
 */
public record ExpectedVersion(long value) {

    public static final String HEADER = "If-Match";

    /**
     * Reads {@code If-Match}. Missing or {@code *} → 428 (a change must say which version it saw);
     * several tags → 400 (a change is based on exactly one version); a weak or non-numeric tag can
     * never equal a current version under strong comparison (RFC 9110 §13.1.1) → 412.
     */
    public static ExpectedVersion fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(
                    "Endringen må ha If-Match med ETag-en du fikk da du hentet avtalen, f.eks. If-Match: \"3\"");
        }
        String tag = header.strip();
        if (tag.equals("*")) {
            throw new PreconditionRequiredException("If-Match: * er ikke nok; oppgi ETag-en du fikk, f.eks. \"3\"");
        }
        if (tag.contains(",")) {
            throw new MalformedIfMatchException("If-Match må inneholde nøyaktig én ETag");
        }
        if (tag.startsWith("W/")) {
            throw new StaleVersionException("Svake ETag-er (W/) kan ikke brukes for endringer");
        }
        String opaque = tag;
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            opaque = tag.substring(1, tag.length() - 1);
        } else if (tag.contains("\"")) {
            throw new MalformedIfMatchException("If-Match har ugyldig form: " + abbreviate(tag));
        }
        if (!opaque.matches("\\d{1,18}")) {
            throw new StaleVersionException("ETag-en " + abbreviate(tag) + " er ikke en versjon av denne avtalen");
        }
        return new ExpectedVersion(Long.parseLong(opaque));
    }

    /** The ETag for an aggregate version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
