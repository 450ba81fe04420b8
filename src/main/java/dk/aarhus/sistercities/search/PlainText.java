package dk.aarhus.sistercities.search;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/** The words of an editor's Markdown as a reader sees them: no markup, no link addresses. */
final class PlainText {

    private static final Parser PARSER = Parser.builder().build();

    private PlainText() {
    }

    static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder(markdown.length());
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlInline node) {
                // Shown escaped on the page, so it is text there too.
                text.append(node.getLiteral());
            }

            @Override
            public void visit(HtmlBlock node) {
                space();
                text.append(node.getLiteral().strip());
                space();
            }

            @Override
            public void visit(SoftLineBreak node) {
                space();
            }

            @Override
            public void visit(HardLineBreak node) {
                space();
            }

            @Override
            public void visit(Paragraph node) {
                space();
                visitChildren(node);
                space();
            }

            @Override
            public void visit(Heading node) {
                space();
                visitChildren(node);
                space();
            }

            @Override
            public void visit(ListItem node) {
                space();
                visitChildren(node);
                space();
            }

            private void space() {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
        });
        return text.toString().strip();
    }
}
