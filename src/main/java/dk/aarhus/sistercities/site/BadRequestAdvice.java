package dk.aarhus.sistercities.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request that names form fields no form has (e.g. {@code results[9999].area}) cannot be bound;
 * it gets the site's 400 page rather than a server error. So do parameters that cannot be decoded and
 * broken multipart bodies; an upload over the limit gets 413.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler(InvalidPropertyException.class)
    void unbindable(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Parameters Tomcat could not decode (malformed percent-encoding, invalid UTF-8), read by a controller. */
    @ExceptionHandler(InvalidParameterException.class)
    void undecodable(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A multipart body that is not one (no boundary, broken parts). */
    @ExceptionHandler(MultipartException.class)
    void brokenMultipart(MultipartException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Tells the error page's dispatch not to parse the body again (it would fail again, leaving no page).
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** An upload over the limit ({@code spring.servlet.multipart.*}): said so, not taken for a broken one. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }
}
