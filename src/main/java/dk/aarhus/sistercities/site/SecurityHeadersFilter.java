package dk.aarhus.sistercities.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every answer the application gives: public pages (also those the page
 * cache replays, and its 304s), assets, admin pages, login, errors. It stands first, ahead of the
 * page cache, and only sets a handful of constant headers, so a cached page costs no more than before.
 * Answers Tomcat gives before any filter runs get the same headers from {@link HardenedErrorReportValve}.
 * <p>
 * It also refuses an address longer than {@value #MAX_URI_LENGTH} characters (path and query) with
 * 414: no page of the site has one anywhere near as long.
 */
public final class SecurityHeadersFilter implements Filter {

    /**
     * Everything from the site itself, nothing inline: no style attribute, no inline script (the JSON-LD
     * block is data, not script, and needs no permission). No plug-ins, no {@code <base>}, forms post
     * only to the site, and no other site may frame it.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'; object-src 'none'";
    /** The browser features the site never uses, denied to it and to anything it could ever embed. */
    public static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "serial=(), sync-xhr=(), usb=(), xr-spatial-tracking=()";
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    /** Sent only over HTTPS (directly, or from a trusted proxy that says so): a year, subdomains included. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
    public static final int MAX_URI_LENGTH = 2048;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getProtocol().isEmpty() || "HTTP/0.9".equals(request.getProtocol())) {
            // An HTTP/0.9 answer would be the bare page, without any header: it gets nothing.
            return;
        }
        write(response, request.isSecure());
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URI_LENGTH && request.getDispatcherType() == DispatcherType.REQUEST) {
            response.sendError(414);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sets the headers (replacing any earlier value, so a second call changes nothing). */
    public static void write(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
