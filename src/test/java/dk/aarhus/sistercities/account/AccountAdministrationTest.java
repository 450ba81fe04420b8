package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator manages accounts through the forms: errors per field, banners, the audit log. */
@FullAppTest
@AlsoOnPostgres
class AccountAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    AuditEntryRepository audit;

    @Autowired
    AuditLog auditLog;

    /** The administrator works in English here: the account's choice, not the browser's. */
    @BeforeEach
    void inEnglish() {
        accounts.chooseAdminLanguage(TestAccounts.ADMIN_USERNAME, Language.EN);
    }

    private RequestPostProcessor admin() {
        return user(userDetails.loadUserByUsername(TestAccounts.ADMIN_USERNAME));
    }

    private Document send(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(admin()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private Account account(String username, Role role) {
        return accountRepository.findByUsername(username)
                .orElseGet(() -> accounts.create(username, "Test " + username, role, TestAccounts.GOOD_PASSWORD,
                        "test"));
    }

    @Test
    void theCreateFormNamesEveryFieldInErrorKeepsWhatWasTypedButNotThePasswords() throws Exception {
        Document page = send(post("/admin/accounts")
                .param("username", "Anna Jensen!").param("displayName", " ")
                .param("password", "tiny-secret").param("passwordAgain", "tiny-secret"));

        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#username", "#displayName", "#role", "#password");
        assertThat(page.select("#username-error").text()).contains("Use only lower-case letters");
        assertThat(page.select("#displayName-error").text()).contains("Enter the name of the person");
        assertThat(page.select("#role-error").text()).contains("Choose a role");
        assertThat(page.select("#password-error").text()).contains("Enter a password of 12 to 64 characters");
        assertThat(page.select("#username").val()).isEqualTo("anna jensen!");
        assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html()).doesNotContain("tiny-secret");
        assertThat(accountRepository.existsByUsername("anna jensen!")).isFalse();
    }

    @Test
    void thePasswordRulesAreToldBesideTheirField() throws Exception {
        Document mismatch = send(post("/admin/accounts").param("username", "mismatch").param("displayName", "M")
                .param("role", "EDITOR").param("password", TestAccounts.GOOD_PASSWORD)
                .param("passwordAgain", TestAccounts.GOOD_PASSWORD + "!"));
        assertThat(mismatch.select("#password-error")).isEmpty();
        assertThat(mismatch.select("#passwordAgain-error").text()).contains("The two passwords are not the same");

        Document isTheName = send(post("/admin/accounts").param("username", "password-is-name")
                .param("displayName", "P").param("role", "EDITOR")
                .param("password", "password-is-name").param("passwordAgain", "password-is-name"));
        assertThat(isTheName.select("#password-error").text()).contains("The password must not be the user name");

        String seventyFourBytes = "æ".repeat(37);
        Document tooManyBytes = send(post("/admin/accounts").param("username", "bytes").param("displayName", "B")
                .param("role", "EDITOR").param("password", seventyFourBytes).param("passwordAgain", seventyFourBytes));
        assertThat(tooManyBytes.select("#password-error").text()).contains("too long for its many special characters");

        Document taken = send(post("/admin/accounts").param("username", TestAccounts.ADMIN_USERNAME)
                .param("displayName", "Again").param("role", "ADMIN")
                .param("password", TestAccounts.GOOD_PASSWORD).param("passwordAgain", TestAccounts.GOOD_PASSWORD));
        assertThat(taken.select("#username-error").text()).contains("That user name is already taken");
    }

    @Test
    void theFormsSpeakDanishToAnAdministratorWhoChoseDanish() throws Exception {
        accounts.chooseAdminLanguage(TestAccounts.ADMIN_USERNAME, Language.DA);
        String html = mvc.perform(post("/admin/accounts").with(admin()).with(csrf()).header("Accept-Language", "da")
                .param("username", "").param("displayName", "").param("password", "").param("passwordAgain", ""))
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("da");
        assertThat(page.select("#error-summary h2").text()).isEqualTo("Der er et problem");
        assertThat(page.select("#username-error").text()).contains("Skriv et brugernavn på 3 til 50 tegn");
        assertThat(page.select("#role-error").text()).contains("Vælg en rolle");
    }

    @Test
    void anAdministratorCreatesAnAccountThatCanLogIn() throws Exception {
        Cookie[] session = mvc.perform(post("/admin/accounts").with(admin()).with(csrf())
                        .param("username", "Nina.Nielsen ").param("displayName", "Nina Nielsen").param("role", "EDITOR")
                        .param("password", TestAccounts.GOOD_PASSWORD)
                        .param("passwordAgain", TestAccounts.GOOD_PASSWORD))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("banner", Banner.success("accounts.banner.created", "nina.nielsen")))
                .andReturn().getResponse().getCookies();

        // Following the redirect in the same session (the flash attribute is kept in the session).
        Document list = send(get("/admin/accounts").cookie(session));
        assertThat(list.select(".banner-success[role=status]").text())
                .isEqualTo("The account nina.nielsen is created. Give the person the password in a safe way.");
        assertThat(list.select("table caption").text()).isNotBlank();
        assertThat(list.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("nina.nielsen", "Nina Nielsen", "Editor", "Active"));

        mvc.perform(formLogin().user("nina.nielsen").password(TestAccounts.GOOD_PASSWORD))
                .andExpect(authenticated().withRoles("EDITOR"));
        assertThat(audit.findAll(Sort.by("id"))).anySatisfy(entry -> {
            assertThat(entry.getEvent()).isEqualTo(AuditEvent.ACCOUNT_CREATED);
            assertThat(entry.getActor()).isEqualTo(TestAccounts.ADMIN_USERNAME);
            assertThat(entry.getDetail()).isEqualTo("nina.nielsen (EDITOR)");
        });
    }

    @Test
    void aDisabledAccountCannotLogInUntilItIsEnabledAgain() throws Exception {
        Account dora = account("dora", Role.EDITOR);

        mvc.perform(post("/admin/accounts/{id}/disable", dora.getId()).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("banner", Banner.success("accounts.banner.disabled", "dora")));
        mvc.perform(formLogin().user("dora").password(TestAccounts.GOOD_PASSWORD)).andExpect(unauthenticated());
        assertThat(send(get("/admin/accounts")).select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("dora", "Disabled", "Enable"));

        mvc.perform(post("/admin/accounts/{id}/enable", dora.getId()).with(admin()).with(csrf()))
                .andExpect(flash().attribute("banner", Banner.success("accounts.banner.enabled", "dora")));
        mvc.perform(formLogin().user("dora").password(TestAccounts.GOOD_PASSWORD)).andExpect(authenticated());

        assertThat(audit.findAll(Sort.by("id"))).filteredOn(entry -> "dora".equals(entry.getDetail()))
                .extracting(AuditEntry::getEvent)
                .containsSubsequence(AuditEvent.ACCOUNT_DISABLED, AuditEvent.ACCOUNT_ENABLED);
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        long self = accountRepository.findByUsername(TestAccounts.ADMIN_USERNAME).orElseThrow().getId();
        mvc.perform(post("/admin/accounts/{id}/disable", self).with(admin()).with(csrf()))
                .andExpect(flash().attribute("banner",
                        Banner.warning("accounts.refused.self", TestAccounts.ADMIN_USERNAME)));
        assertThat(accountRepository.findById(self).orElseThrow().isEnabled()).isTrue();
        assertThat(send(get("/admin/accounts")).select("form[action$=/" + self + "/disable]")).isEmpty();
    }

    @Test
    void anAdministratorResetsAPassword() throws Exception {
        Account paul = account("paul", Role.EDITOR);
        Document errors = send(post("/admin/accounts/{id}/password", paul.getId())
                .param("password", "paul").param("passwordAgain", "paul"));
        assertThat(errors.select("h1").text()).isEqualTo("Reset the password of paul");
        assertThat(errors.select("#error-summary a").eachAttr("href")).containsExactly("#password");

        mvc.perform(post("/admin/accounts/{id}/password", paul.getId()).with(admin()).with(csrf())
                        .param("password", "Paul's new password").param("passwordAgain", "Paul's new password"))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("banner", Banner.success("accounts.banner.password-reset", "paul")));
        mvc.perform(formLogin().user("paul").password("Paul's new password")).andExpect(authenticated());
        mvc.perform(formLogin().user("paul").password(TestAccounts.GOOD_PASSWORD)).andExpect(unauthenticated());
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() throws Exception {
        account("olga", Role.EDITOR);
        accounts.chooseAdminLanguage("olga", Language.EN);
        String html = mvc.perform(post("/admin/password").with(user(userDetails.loadUserByUsername("olga")))
                        .with(csrf()).header("Accept-Language", "en")
                        .param("currentPassword", "this is not it").param("password", "Olga's new password")
                        .param("passwordAgain", "Olga's new pasword"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#currentPassword", "#passwordAgain");
        assertThat(page.select("#currentPassword-error").text()).contains("The current password is not right");
        assertThat(page.select("#currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("#password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(accounts.passwordMatches("olga", TestAccounts.GOOD_PASSWORD)).isTrue();
    }

    @Test
    void theAuditLogShowsTheNewestFirstAHundredToAPage() throws Exception {
        for (int i = 1; i <= AuditController.PAGE_SIZE + 1; i++) {
            auditLog.record(AuditEvent.CITY_PUBLISHED, "audit-writer", "city-" + i);
        }
        Document first = send(get("/admin/audit"));
        assertThat(first.select("table caption").text()).contains("newest first");
        assertThat(first.select("tbody tr")).hasSize(AuditController.PAGE_SIZE);
        assertThat(first.select("tbody tr").first().text()).contains("City published", "audit-writer", "city-101");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/admin/audit?page=2");

        Document second = send(get("/admin/audit").param("page", "2"));
        assertThat(second.select("tbody tr").first().select("td").get(3).text()).isEqualTo("city-1");
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/admin/audit?page=1");
    }
}
