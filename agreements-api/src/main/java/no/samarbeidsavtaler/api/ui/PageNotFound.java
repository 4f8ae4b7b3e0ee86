package no.samarbeidsavtaler.api.ui;

/** The page asks for something the registry does not have (an unknown agreement, version or clause). */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }
}
