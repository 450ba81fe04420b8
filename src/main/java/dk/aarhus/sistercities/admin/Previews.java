package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.EditorLanguage;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.site.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What makes a public page's template a preview, the same for every kind: the page as it will be (its
 * address, canonical and hreflang, "last updated" today, all in the previewed language, which the locale
 * resolver takes from the preview's address), a language switch to the other language's preview, and a
 * banner in the editor's own language that says what this is and leads back to the form.
 */
@Component
class Previews {

    /** Shown above a preview, in the editor's language ({@code lang}); the public page has none. */
    record Banner(String lang, String title, String text, String notPublished, String back, String backPath) {
    }

    private final PublicPaths paths;
    private final Clock clock;
    private final MessageSource messages;

    Previews(PublicPaths paths, Clock clock, MessageSource messages) {
        this.paths = paths;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * @param publicPath      where the page will be, in the previewed language
     * @param otherPublicPath the same page in the other language, for hreflang
     * @param formPath        the form the preview belongs to: its previews are {@code formPath/preview/da|en}
     * @param published       whether any version is public yet
     */
    void show(Model model, HttpServletRequest request, Language language, String publicPath, String otherPublicPath,
            String formPath, boolean published) {
        String otherPreview = formPath + "/preview/" + language.other().code();
        model.addAttribute("page", new PageContext(language, publicPath, otherPreview, paths.absolute(publicPath),
                paths.absolute(otherPublicPath), paths.absolute("/"), false));
        // Published now, it would say today.
        model.addAttribute("lastUpdated", clock.instant());
        Language editor = EditorLanguage.of(request).orElse(Language.DEFAULT);
        Locale locale = editor.locale();
        model.addAttribute("preview", new Banner(editor.code(),
                messages.getMessage("admin.preview.title", null, locale),
                messages.getMessage("admin.preview.of-" + language.code(), null, locale),
                published ? null : messages.getMessage("admin.preview.never-published", null, locale),
                messages.getMessage("admin.preview.back", null, locale), formPath));
    }
}
