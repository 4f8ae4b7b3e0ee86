package no.samarbeidsavtaler.core.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** An Axon fixture for the agreement aggregate with the party catalogue injected, as in production. */
final class AgreementFixture {

    private AgreementFixture() {
    }

    static FixtureConfiguration<Agreement> create() {
        FixtureConfiguration<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(new FakePartyCatalogue());
        return fixture;
    }
}
