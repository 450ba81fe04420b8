package dk.aarhus.sistercities.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu and of {@code vnu.jar}), in-process: the
 * same HTML schema and checkers, no network. One instance checks many documents, one at a time.
 */
public final class HtmlChecker {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";
    /**
     * {@code fetchpriority} on {@code <img>} is in the HTML standard since 2022; the checker on Maven Central
     * (20.7.2, the last published there) is older and does not know it. Only that one attribute is let through.
     */
    private static final String NEWER_THAN_THE_CHECKER = "Attribute \u201cfetchpriority\u201d not allowed on element \u201cimg\u201d";

    /** One message of the checker; only errors make a page invalid. */
    public record Problem(boolean error, int line, int column, String message) {

        @Override
        public String toString() {
            return (error ? "error" : "warning") + " at line " + line + ", column " + column + ": " + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    public HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(new Problem(false, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void error(SAXParseException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(NEWER_THAN_THE_CHECKER)) {
                    return;
                }
                problems.add(new Problem(true, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        // No log4j set-up (the app's logging stays as it is), no URL logging, no language detection.
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collect);
        } catch (Exception e) {
            throw new IllegalStateException("the checker's HTML schema could not be loaded", e);
        }
        try {
            // Buffered rather than streamed, so a late parse error does not hide the rest of the page.
            validator.setUpValidatorAndParsers(collect, true, false);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks a document served as {@code text/html; charset=UTF-8} from the given address. */
    public synchronized List<Problem> check(String html, String url) {
        problems.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId(url);
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException alreadyReported) {
            // A fatal error stops the parse; it has been collected as an error.
        } catch (SAXException e) {
            problems.add(new Problem(true, -1, -1, "checker stopped: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(problems);
    }
}
