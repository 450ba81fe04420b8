package dk.aarhus.sistercities.review;

import java.security.Principal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's settings, for administrators only (see account's security configuration): the four-eyes rule. */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private final PublishingRights rights;

    SettingsController(PublishingRights rights) {
        this.rights = rights;
    }

    @GetMapping
    String settings(Model model) {
        model.addAttribute("fourEyes", rights.fourEyes());
        return "review/settings";
    }

    @PostMapping
    String change(@RequestParam(name = "fourEyes", required = false) String fourEyes, Principal principal,
            RedirectAttributes redirect) {
        if (!"on".equals(fourEyes) && !"off".equals(fourEyes)) {
            redirect.addFlashAttribute(ReviewController.WARNING, "settings.four-eyes.choose");
            return "redirect:/admin/settings";
        }
        try {
            rights.setFourEyes("on".equals(fourEyes), principal.getName());
            redirect.addFlashAttribute(ReviewController.NOTICE, "settings.banner.saved");
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException changedMeanwhile) {
            redirect.addFlashAttribute(ReviewController.WARNING, "settings.banner.changed-meanwhile");
        }
        return "redirect:/admin/settings";
    }
}
