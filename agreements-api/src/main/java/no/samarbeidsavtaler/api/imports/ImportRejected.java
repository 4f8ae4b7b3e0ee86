package no.samarbeidsavtaler.api.imports;

import org.springframework.http.ProblemDetail;

/** The bundle was refused as a whole; the problem names the bundle item and field at fault. */
public class ImportRejected extends RuntimeException {

    private final transient ProblemDetail problem;

    public ImportRejected(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    public ProblemDetail problem() {
        return problem;
    }
}
