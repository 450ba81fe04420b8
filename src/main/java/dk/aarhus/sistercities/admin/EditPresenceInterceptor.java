package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.account.CurrentEditor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UrlPathHelper;

/**
 * Tells an editor who else opened the same form lately ({@code presence} in the model, shown at the top of the
 * form): a form sent by GET records the editor's visit first. No script: it is said when the form is rendered.
 * Registered for the forms of an existing city, type, site text, contact, page and activity.
 */
class EditPresenceInterceptor implements HandlerInterceptor {

    static final String[] FORMS = {"/admin/cities/*", "/admin/types/*", "/admin/texts/*", "/admin/contacts/*",
            "/admin/pages/*", "/admin/activities/*"};

    private final EditPresence presence;

    EditPresenceInterceptor(EditPresence presence) {
        this.presence = presence;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                || response.getStatus() != HttpStatus.OK.value()) {
            return;
        }
        String[] path = UrlPathHelper.defaultInstance.getLookupPathForRequest(request).split("/");
        // /admin/{kind}/{key}: the registered patterns say there are exactly these segments.
        if (path.length != 4 || "new".equals(path[3]) || path[3].length() > 100) {
            return;
        }
        CurrentEditor.current().ifPresent(editor -> {
            if ("GET".equals(request.getMethod())) {
                presence.opened(path[2], path[3], editor.username(), editor.displayName());
            }
            view.addObject("presence", presence.others(path[2], path[3], editor.username()));
        });
    }
}
