package cspec.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import cspec.core.syntax.Modality;
import cspec.grammar.CspecLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Every editor client highlights exactly the lexer's keywords: a keyword added to
 * CspecLexer.g4 fails this test until the VS Code grammar, cspec-mode.el and the Neovim syntax
 * list it too, and the message says what to add where.
 */
class ClientKeywordsTest {
    /** The keywords that open a requirement, each coloured on its own. */
    private static final Set<String> MODALITIES = Arrays.stream(Modality.values()).map(Modality::keyword)
            .collect(Collectors.toCollection(TreeSet::new));
    private static final Path REPO = Path.of(System.getenv().getOrDefault("CSPEC_REPO_ROOT", "../.."));

    /** The words the lexer reads as keywords: its tokens whose literal is a lower-case word. */
    private static Set<String> lexerKeywords() {
        Vocabulary vocabulary = CspecLexer.VOCABULARY;
        Set<String> words = new TreeSet<>();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.matches("'[a-z]+'")) {
                words.add(literal.substring(1, literal.length() - 1));
            }
        }
        return words;
    }

    private static Set<String> structureKeywords() {
        Set<String> words = new TreeSet<>(lexerKeywords());
        words.removeAll(MODALITIES);
        return words;
    }

    @Test
    void theLexerStillHasTheModalitiesTheClientsColourByStrength() {
        assertEquals(new TreeSet<>(MODALITIES), new TreeSet<>(lexerKeywords().stream().filter(MODALITIES::contains).toList()));
    }

    @Test
    void theVsCodeGrammarListsEveryKeyword() throws IOException {
        Path file = REPO.resolve("clients/vscode/syntaxes/cspec.tmLanguage.json");
        JsonObject repository = JsonParser.parseString(read(file)).getAsJsonObject().getAsJsonObject("repository");
        assertSame(structureKeywords(), alternatives(repository.getAsJsonObject("keywords").get("match").getAsString()),
                file, "repository.keywords.match");
        assertSame(new TreeSet<>(MODALITIES), alternatives(repository.getAsJsonObject("modalities").get("match").getAsString()),
                file, "repository.modalities.match");
    }

    @Test
    void cspecModeListsEveryKeyword() throws IOException {
        Path file = REPO.resolve("clients/emacs/cspec-mode.el");
        String text = read(file);
        assertSame(structureKeywords(), elispStrings(text, "cspec--structure-keywords"), file, "cspec--structure-keywords");
        assertSame(new TreeSet<>(MODALITIES), elispStrings(text, "cspec--modality-keywords"), file, "cspec--modality-keywords");
    }

    @Test
    void theNeovimSyntaxListsEveryKeyword() throws IOException {
        Path file = REPO.resolve("clients/neovim/syntax/cspec.vim");
        String text = read(file);
        assertSame(structureKeywords(), vimList(text, "s:keywords"), file, "s:keywords");
        assertSame(new TreeSet<>(MODALITIES), vimList(text, "s:modalities"), file, "s:modalities");
    }

    private static void assertSame(Set<String> lexer, Set<String> client, Path file, String where) {
        Set<String> missing = new TreeSet<>(lexer);
        missing.removeAll(client);
        Set<String> extra = new TreeSet<>(client);
        extra.removeAll(lexer);
        String advice = (missing.isEmpty() ? "" : "add " + missing + " to " + where + " in " + file + "; ")
                + (extra.isEmpty() ? "" : "remove " + extra + " from " + where + " in " + file + " (the lexer has no such keyword)");
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("the lexer's keywords and " + file.getFileName() + " disagree: " + advice);
        }
    }

    /** The words of the one alternation group in a TextMate regex: (?:a|b|c). */
    private static Set<String> alternatives(String regex) {
        Matcher m = Pattern.compile("\\(\\?:([a-z|]+)\\)").matcher(regex);
        Set<String> words = new TreeSet<>();
        while (m.find()) {
            words.addAll(List.of(m.group(1).split("\\|")));
        }
        return words;
    }

    /** The strings of (defconst NAME '("a" "b") ...). */
    private static Set<String> elispStrings(String text, String name) {
        Matcher form = Pattern.compile("\\(defconst " + Pattern.quote(name) + "\\s+'\\(([^)]*)\\)").matcher(text);
        Set<String> words = new TreeSet<>();
        if (form.find()) {
            Matcher s = Pattern.compile("\"([^\"]+)\"").matcher(form.group(1));
            while (s.find()) {
                words.add(s.group(1));
            }
        }
        return words;
    }

    /** The strings of let NAME = ['a', 'b', ...], continuation lines included. */
    private static Set<String> vimList(String text, String name) {
        Matcher list = Pattern.compile("let " + Pattern.quote(name) + " = \\[([^]]*)]").matcher(text);
        Set<String> words = new TreeSet<>();
        if (list.find()) {
            Matcher s = Pattern.compile("'([^']+)'").matcher(list.group(1));
            while (s.find()) {
                words.add(s.group(1));
            }
        }
        return words;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
