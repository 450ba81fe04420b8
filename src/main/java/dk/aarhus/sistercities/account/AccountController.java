package dk.aarhus.sistercities.account;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration, for administrators only (see {@link SecurityConfig}). */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

    private static final String LIST = "redirect:/admin/accounts";
    private static final String ID = "/{id:[0-9]{1,18}}";

    private final AccountService accounts;
    private final SecondFactor secondFactor;
    private final EditorSessions sessions;

    AccountController(AccountService accounts, SecondFactor secondFactor, EditorSessions sessions) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        model.addAttribute("accounts", accounts.all().stream()
                .map(account -> AccountRow.of(account, principal.getName())).toList());
        model.addAttribute("roles", Role.values());
        return "account/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("form", new NewAccountForm());
        return "account/new-account";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Principal principal,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
            errors.rejectValue("username", "account.username.taken");
        }
        PasswordPolicy.check(form.getPassword(), form.getPasswordAgain(), form.getUsername(), errors);
        if (errors.hasErrors()) {
            return "account/new-account";
        }
        try {
            accounts.create(form.getUsername(), form.getDisplayName(), form.getRole(), form.getPassword(),
                    principal.getName());
        } catch (DataIntegrityViolationException takenMeanwhile) {
            errors.rejectValue("username", "account.username.taken");
            return "account/new-account";
        }
        redirect.addFlashAttribute("banner", Banner.success("accounts.banner.created", form.getUsername()));
        return LIST;
    }

    @PostMapping(ID + "/disable")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        String username = accounts.get(id).getUsername();
        try {
            accounts.disable(id, principal.getName());
            redirect.addFlashAttribute("banner", Banner.success("accounts.banner.disabled", username));
        } catch (AccountChangeRefusedException refused) {
            redirect.addFlashAttribute("banner", Banner.warning(refused.messageKey(), username));
        }
        return LIST;
    }

    @PostMapping(ID + "/enable")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Account account = accounts.enable(id, principal.getName());
        redirect.addFlashAttribute("banner", Banner.success("accounts.banner.enabled", account.getUsername()));
        return LIST;
    }

    /** Another role for an account: a select on the list, so no JavaScript is needed. */
    @PostMapping(ID + "/role")
    String changeRole(@PathVariable long id, @RequestParam(name = "role", required = false) String roleName,
            Principal principal, RedirectAttributes redirect) {
        String username = accounts.get(id).getUsername();
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst().orElse(null);
        if (role == null) {
            redirect.addFlashAttribute("banner", Banner.warning("accounts.refused.no-role", username));
            return LIST;
        }
        try {
            accounts.changeRole(id, role, principal.getName());
            redirect.addFlashAttribute("banner", Banner.success("accounts.banner.role-changed", username));
        } catch (AccountChangeRefusedException refused) {
            redirect.addFlashAttribute("banner", Banner.warning(refused.messageKey(), username));
        }
        return LIST;
    }

    /** A lost phone and no recovery code left: the person logs in with their password and sets it up again. */
    @PostMapping(ID + "/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Account account = secondFactor.reset(id, principal.getName());
        sessions.endAll(account.getUsername());
        redirect.addFlashAttribute("banner", Banner.success("accounts.banner.second-factor-reset", account.getUsername()));
        return LIST;
    }

    @GetMapping(ID + "/password")
    String resetPasswordForm(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("account", AccountRow.of(accounts.get(id), principal.getName()));
        model.addAttribute("form", new PasswordForm());
        return "account/reset-password";
    }

    @PostMapping(ID + "/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
            Principal principal, Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        PasswordPolicy.check(form.getPassword(), form.getPasswordAgain(), account.getUsername(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("account", AccountRow.of(account, principal.getName()));
            return "account/reset-password";
        }
        accounts.resetPassword(id, form.getPassword(), principal.getName());
        redirect.addFlashAttribute("banner", Banner.success("accounts.banner.password-reset", account.getUsername()));
        return LIST;
    }
}
