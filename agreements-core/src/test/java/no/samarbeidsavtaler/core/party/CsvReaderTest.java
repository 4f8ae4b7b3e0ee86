package no.samarbeidsavtaler.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> parse(String text) {
        return CsvReader.parse(text, "test.csv");
    }

    @Test
    void quotedFieldMayContainComma() {
        assertThat(parse("a,\"Oslo, bydel Frogner\",c\n"))
                .containsExactly(List.of("a", "Oslo, bydel Frogner", "c"));
    }

    @Test
    void doubledQuoteInsideQuotedFieldIsOneQuote() {
        assertThat(parse("\"line 52: \"\"Diabetesforbundet\"\"\",x\n"))
                .containsExactly(List.of("line 52: \"Diabetesforbundet\"", "x"));
    }

    @Test
    void emptyLastFieldIsKept() {
        assertThat(parse("h1,h2,h3\na,b,\n")).containsExactly(List.of("h1", "h2", "h3"), List.of("a", "b", ""));
    }

    @Test
    void emptyFieldsAnywhereAndEmptyQuotedField() {
        assertThat(parse(",,\n\"\",x,\"\"\n")).containsExactly(List.of("", "", ""), List.of("", "x", ""));
    }

    @Test
    void quotedFieldMayContainLineBreaks() {
        assertThat(parse("\"two\nlines\",b\r\nc,d")).containsExactly(List.of("two\nlines", "b"), List.of("c", "d"));
    }

    @Test
    void crlfAndMissingFinalLineBreakAndBomAndBlankLines() {
        assertThat(parse("\uFEFFa,b\r\n\r\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void nonAsciiTextIsKeptAsIs() {
        assertThat(CsvReader.read(new StringReader("4618,Ullensvang,Porsáŋgu\n"), "t"))
                .containsExactly(List.of("4618", "Ullensvang", "Porsáŋgu"));
    }

    @Test
    void unterminatedQuoteIsRejectedWithLine() {
        assertThatThrownBy(() -> parse("a,b\n\"open,c\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linje 3");
    }

    @Test
    void textAfterClosingQuoteIsRejected() {
        assertThatThrownBy(() -> parse("\"a\"b,c\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quoteInsideUnquotedFieldIsRejected() {
        assertThatThrownBy(() -> parse("ab\"c,d\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableReadsByColumnNameAndChecksFieldCount() {
        CsvTable table = CsvTable.read(new StringReader("slug,name\nffo,\"FFO, fellesorg.\"\n"), "t.csv");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).get("name")).isEqualTo("FFO, fellesorg.");
        assertThatThrownBy(() -> table.rows().get(0).get("source"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> CsvTable.read(new StringReader("a,b\n1,2,3\n"), "t.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 felt");
    }
}
