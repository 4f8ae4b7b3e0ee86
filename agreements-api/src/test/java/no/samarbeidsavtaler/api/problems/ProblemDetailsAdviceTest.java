package no.samarbeidsavtaler.api.problems;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.samarbeidsavtaler.api.web.ExpectedVersion;
import no.samarbeidsavtaler.core.rules.RuleCode;
import no.samarbeidsavtaler.core.rules.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mapping of what the command side throws (and of If-Match) to problems, at the web layer:
 * these failures are hard to provoke on demand through the real aggregate.
 */
class ProblemDetailsAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Throwing())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void aStateConflictRuleIs409AndAnInvalidContentRuleIs422() throws Exception {
        problem(get("/rule/conflict"), 409, "test-conflict").andExpect(jsonPath("$.rule").value("test-conflict"))
                .andExpect(jsonPath("$.title").value("Versjonen er allerede signert"));
        problem(get("/rule/content"), 422, "test-content").andExpect(jsonPath("$.field").value("title"))
                .andExpect(jsonPath("$.errors[0].rule").value("test-content"));
    }

    @Test
    void aRuleViolationWrappedInACommandExecutionExceptionIsUnwrapped() throws Exception {
        problem(get("/wrapped/rule"), 409, "test-conflict");
        problem(get("/wrapped/not-found"), 404, "agreement-not-found");
    }

    @Test
    void aMissingIfMatchIs428AndAMalformedOneIs400() throws Exception {
        problem(post("/change"), 428, "if-match-required").andExpect(jsonPath("$.field").value("If-Match"));
        problem(post("/change").header("If-Match", "*"), 428, "if-match-required");
        problem(post("/change").header("If-Match", "\"1\", \"2\""), 400, "malformed-if-match");
    }

    @Test
    void aWeakOrForeignETagCanNeverMatchAndIs412() throws Exception {
        problem(post("/change").header("If-Match", "W/\"3\""), 412, "stale-version");
        problem(post("/change").header("If-Match", "\"abc\""), 412, "stale-version");
    }

    @Test
    void theAggregateRefusingAStaleVersionIs412WithIfMatchAnd409Without() throws Exception {
        problem(post("/stale").header("If-Match", "\"3\""), 412, "stale-version");
        problem(post("/concurrent").header("If-Match", "\"3\""), 412, "stale-version");
        problem(post("/concurrent"), 409, "concurrent-change");
    }

    @Test
    void anUnknownAggregateIs404() throws Exception {
        problem(get("/not-found"), 404, "agreement-not-found");
    }

    @Test
    void anUnexpectedExceptionIs500WithoutInternals() throws Exception {
        problem(get("/boom"), 500, "internal-error")
                .andExpect(jsonPath("$.errorId").isString())
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret-internal-state"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("IllegalStateException"))));
    }

    @Test
    void aWrongPathVariableTypeIs400NamingIt() throws Exception {
        problem(get("/numbers/abc"), 400, "invalid-value").andExpect(jsonPath("$.field").value("n"));
    }

    private ResultActions problem(org.springframework.test.web.servlet.RequestBuilder request, int status, String type)
            throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(ProblemType.PREFIX + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    enum TestRule implements RuleCode {
        CONFLICT, CONTENT;

        @Override
        public String code() {
            return this == CONFLICT ? "test-conflict" : "test-content";
        }

        @Override
        public String title() {
            return this == CONFLICT ? "Versjonen er allerede signert" : "Tittel mangler";
        }

        @Override
        public Kind kind() {
            return this == CONFLICT ? Kind.STATE_CONFLICT : Kind.INVALID_CONTENT;
        }
    }

    @RestController
    static class Throwing {

        @GetMapping("/rule/conflict")
        void conflict() {
            throw new RuleViolation(TestRule.CONFLICT, null, "Versjon 1 er signert");
        }

        @GetMapping("/rule/content")
        void content() {
            throw new RuleViolation(TestRule.CONTENT, "title", "Tittel mangler");
        }

        @GetMapping("/wrapped/rule")
        void wrappedRule() {
            throw new CommandExecutionException("failed", new RuleViolation(TestRule.CONFLICT, null, "Versjon 1 er signert"));
        }

        @GetMapping("/wrapped/not-found")
        void wrappedNotFound() {
            throw new CommandExecutionException("failed", new AggregateNotFoundException("a-1", "not found"));
        }

        @PostMapping("/change")
        void change(@RequestHeader(name = "If-Match", required = false) String ifMatch) {
            ExpectedVersion.fromIfMatch(ifMatch);
        }

        @PostMapping("/stale")
        void stale() {
            throw new ConflictingAggregateVersionException("a-1", 3, 5);
        }

        @PostMapping("/concurrent")
        void concurrent() {
            throw new ConcurrencyException("two writers appended sequence 4");
        }

        @GetMapping("/not-found")
        void notFound() {
            throw new AggregateNotFoundException("a-1", "not found");
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException("secret-internal-state");
        }

        @GetMapping("/numbers/{n}")
        void number(@PathVariable int n) {
        }
    }
}
