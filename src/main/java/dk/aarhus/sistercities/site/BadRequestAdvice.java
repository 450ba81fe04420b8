package dk.aarhus.sistercities.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A request that names form fields no form has (e.g. {@code results[9999].area}) cannot be bound;
 * it gets the site's 400 page rather than a server error.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler(InvalidPropertyException.class)
    void unbindable(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
