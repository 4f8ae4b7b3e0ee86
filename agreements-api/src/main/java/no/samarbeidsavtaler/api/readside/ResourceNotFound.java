package no.samarbeidsavtaler.api.readside;

/** A read-side resource that does not exist: a version number, a projection name. {@code slug} names the problem type. */
public class ResourceNotFound extends RuntimeException {

    private final String slug;
    private final String title;

    public ResourceNotFound(String slug, String title, String detail) {
        super(detail);
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
