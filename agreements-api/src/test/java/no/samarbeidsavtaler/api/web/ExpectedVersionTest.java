package no.samarbeidsavtaler.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedVersionTest {

    @Test
    void readsTheVersionFromAStrongETag() {
        assertThat(ExpectedVersion.fromIfMatch("\"7\"").value()).isEqualTo(7);
        assertThat(ExpectedVersion.fromIfMatch("  \"0\" ").value()).isZero();
        assertThat(ExpectedVersion.etag(7)).isEqualTo("\"7\"");
    }

    @Test
    void acceptsAnUnquotedNumberFromLenientClients() {
        assertThat(ExpectedVersion.fromIfMatch("12").value()).isEqualTo(12);
    }

    @Test
    void missingOrWildcardIsPreconditionRequired() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(" ")).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("*")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void severalTagsOrBrokenQuotesAreMalformed() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"1\", \"2\"")).isInstanceOf(MalformedIfMatchException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"1")).isInstanceOf(MalformedIfMatchException.class);
    }

    @Test
    void weakOrNonNumericTagsCanNeverMatch() {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("W/\"1\"")).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"v1\"")).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch("\"99999999999999999999\"")).isInstanceOf(StaleVersionException.class);
    }
}
