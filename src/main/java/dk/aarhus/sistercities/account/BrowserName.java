package dk.aarhus.sistercities.account;

/**
 * A browser's {@code User-Agent} in plain words, for the list of one's sessions: "Firefox" and "Windows".
 * Rough on purpose: enough for a person to recognise their own devices, nothing to track them by.
 *
 * @param browser the browser's name, or null when not recognised
 * @param system  the operating system's, or null when not recognised
 */
record BrowserName(String browser, String system) {

    static BrowserName of(String userAgent) {
        String ua = userAgent == null ? "" : userAgent;
        return new BrowserName(browser(ua), system(ua));
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("OPR/")) {
            return "Opera";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/") || ua.contains("CriOS/")) {
            return "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("iPhone")) {
            return "iPhone";
        }
        if (ua.contains("iPad")) {
            return "iPad";
        }
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X") || ua.contains("Macintosh")) {
            return "macOS";
        }
        if (ua.contains("Linux") || ua.contains("X11")) {
            return "Linux";
        }
        return null;
    }
}
