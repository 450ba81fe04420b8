package dk.aarhus.sistercities.linkcheck;

import dk.aarhus.sistercities.content.Language;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' report of broken and redirected links ({@code /admin/links}) and its "check now" button. */
@Controller
class LinkCheckController {

    static final String PATH = "/admin/links";

    private final LinkReport report;
    private final BackgroundCheck background;

    LinkCheckController(LinkReport report, BackgroundCheck background) {
        this.report = report;
        this.background = background;
    }

    @GetMapping(PATH)
    String report(Locale locale, Model model) {
        model.addAttribute("report", report.report(Language.of(locale)));
        model.addAttribute("enabled", background.enabled());
        model.addAttribute("running", background.running());
        return "linkcheck/links";
    }

    @PostMapping(PATH + "/check")
    String check(RedirectAttributes redirect) {
        redirect.addFlashAttribute("started", background.start().name());
        return "redirect:" + PATH;
    }
}
