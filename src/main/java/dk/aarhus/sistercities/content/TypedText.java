package dk.aarhus.sistercities.content;

/**
 * What a person can have meant to type: text without control characters (a null byte, an escape, a
 * bell) other than tab and line breaks, and without a half of a surrogate pair. PostgreSQL refuses to
 * store a null byte in text, and no browser form sends one, so they are dropped before anything is
 * bound or stored; a lone surrogate becomes the replacement character. A line break is {@code \n}, as in
 * the seed: browsers send a text area's as {@code \r\n}, which would make every saved text look changed
 * in a compare.
 */
public final class TypedText {

    private TypedText() {
    }

    public static String clean(String value) {
        if (value == null || isClean(value)) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                clean.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else if (c == '\r') {
                if (i + 1 == value.length() || value.charAt(i + 1) != '\n') {
                    clean.append('\n');
                }
            } else if (!isControl(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c) || Character.isSurrogate(c) || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
