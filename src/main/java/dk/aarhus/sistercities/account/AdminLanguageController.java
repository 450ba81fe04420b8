package dk.aarhus.sistercities.account;

import dk.aarhus.sistercities.content.Language;
import java.security.Principal;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone chooses the language of their admin here, Danish or English; it is kept on their account, so it
 * holds on every device and after the next login. Previews are always in the language they preview.
 */
@Controller
@RequestMapping(AdminLanguageController.PATH)
class AdminLanguageController {

    static final String PATH = "/admin/language";

    /** The form's one field: a language code from the radios. */
    static final class LanguageForm {
        private String language;

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    private final AccountService accounts;

    AdminLanguageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Principal principal, Model model) {
        LanguageForm form = new LanguageForm();
        form.setLanguage(accounts.adminLanguage(principal.getName()).code());
        model.addAttribute("form", form);
        return "account/language";
    }

    @PostMapping
    String choose(@ModelAttribute("form") LanguageForm form, BindingResult errors, Principal principal,
            RedirectAttributes redirect) {
        Optional<Language> language = Language.fromCode(form.getLanguage());
        if (language.isEmpty()) {
            errors.rejectValue("language", "admin-language.error.choose");
            return "account/language";
        }
        accounts.chooseAdminLanguage(principal.getName(), language.get());
        redirect.addFlashAttribute("banner", Banner.success("admin-language.banner.saved", null));
        return "redirect:" + PATH;
    }
}
