package dk.aarhus.sistercities.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.TestClock;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may open what under /admin, with Spring Security's real filter chains. */
@FullAppTest
@AlsoOnPostgres
class SecurityRulesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    AccountUserDetailsService userDetails;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void editor() {
        if (!accountRepository.existsByUsername("rules-editor")) {
            accounts.create("rules-editor", "Eva Editor", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        }
    }

    private RequestPostProcessor as(String username) {
        UserDetails details = userDetails.loadUserByUsername(username);
        return user(details);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/accounts", "/admin/accounts/new", "/admin/audit", "/admin/password",
            "/admin/anything"})
    void anonymousVisitorsAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/new", "/admin/accounts/1/password", "/admin/audit"})
    void anEditorMayNotManageAccountsNorReadTheAuditLog(String path) throws Exception {
        mvc.perform(get(path).with(as("rules-editor"))).andExpect(status().isForbidden());
    }

    @Test
    void anEditorMayNotChangeAccounts() throws Exception {
        long adminId = accountRepository.findByUsername(TestAccounts.ADMIN_USERNAME).orElseThrow().getId();
        mvc.perform(post("/admin/accounts/{id}/disable", adminId).with(as("rules-editor")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts").with(as("rules-editor")).with(csrf())
                .param("username", "sneaky").param("displayName", "Sneaky").param("role", "ADMIN")
                .param("password", TestAccounts.GOOD_PASSWORD).param("passwordAgain", TestAccounts.GOOD_PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(accountRepository.findByUsername(TestAccounts.ADMIN_USERNAME).orElseThrow().isEnabled()).isTrue();
        assertThat(accountRepository.existsByUsername("sneaky")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/accounts", "/admin/accounts/new", "/admin/audit", "/admin/password"})
    void anAdministratorMayOpenEveryAccountPage(String path) throws Exception {
        mvc.perform(get(path).with(as(TestAccounts.ADMIN_USERNAME))).andExpect(status().isOk());
    }

    @Test
    void anEditorMayChangeTheirOwnPassword() throws Exception {
        mvc.perform(get("/admin/password").with(as("rules-editor"))).andExpect(status().isOk());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/password").with(as(TestAccounts.ADMIN_USERNAME))
                .param("currentPassword", TestAccounts.ADMIN_PASSWORD)
                .param("password", "Another good password").param("passwordAgain", "Another good password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/1/disable").with(as(TestAccounts.ADMIN_USERNAME)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(as(TestAccounts.ADMIN_USERNAME))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", TestAccounts.ADMIN_USERNAME)
                .param("password", TestAccounts.ADMIN_PASSWORD)).andExpect(status().isForbidden());
        assertThat(accounts.passwordMatches(TestAccounts.ADMIN_USERNAME, TestAccounts.ADMIN_PASSWORD)).isTrue();
    }

    @Test
    void editorPagesAndTheLoginPageAreNeverStored() throws Exception {
        mvc.perform(get("/admin/accounts").with(as(TestAccounts.ADMIN_USERNAME)))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/admin")).andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void publicPagesGetNoSessionAndNoCachingRulesFromSecurity() throws Exception {
        Integer sessionsBefore = jdbc.queryForObject("select count(*) from spring_session", Integer.class);
        MvcResult result = mvc.perform(get("/en")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from spring_session", Integer.class))
                .as("sessions stored").isEqualTo(sessionsBefore);
        assertThat(result.getResponse().getCookies()).isEmpty();
        assertThat(result.getResponse().getHeaders("Cache-Control")).noneMatch(value -> value.contains("no-store"));
    }

    @Test
    void theEditorLayoutKnowsWhoIsLoggedInAndWhatTheyMayDo() throws Exception {
        Document editorPage = page(mvc.perform(get("/admin/password").with(as("rules-editor"))).andReturn()
                .getResponse().getContentAsString());
        assertThat(editorPage.select(".signed-in").text()).contains("Eva Editor");
        assertThat(editorPage.select(".admin-nav a[href=/admin/password]")).hasSize(1);
        assertThat(editorPage.select(".admin-nav a[href=/admin/accounts], .admin-nav a[href=/admin/audit]")).isEmpty();

        Document adminPage = page(mvc.perform(get("/admin/password").with(as(TestAccounts.ADMIN_USERNAME))).andReturn()
                .getResponse().getContentAsString());
        assertThat(adminPage.select(".admin-nav a[href=/admin/accounts], .admin-nav a[href=/admin/audit]")).hasSize(2);

        Document loginPage = page(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        assertThat(loginPage.select(".admin-nav, .signed-in")).isEmpty();
    }

    @Test
    void disablingAnAccountEndsItsSessionAtTheNextRequest() throws Exception {
        Account account = accounts.create("rules-disabled", "Dan Disabled", Role.EDITOR, TestAccounts.GOOD_PASSWORD,
                "test");
        RequestPostProcessor dan = as("rules-disabled");
        mvc.perform(get("/admin/password").with(dan)).andExpect(status().isOk());

        accounts.disable(account.getId(), TestAccounts.ADMIN_USERNAME);

        mvc.perform(get("/admin/password").with(dan))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void resettingAPasswordEndsTheSessionsFromBeforeIt() throws Exception {
        Account account = accounts.create("rules-reset", "Rita Reset", Role.EDITOR, TestAccounts.GOOD_PASSWORD, "test");
        RequestPostProcessor rita = as("rules-reset");
        mvc.perform(get("/admin/password").with(rita)).andExpect(status().isOk());

        clock.advance(Duration.ofSeconds(1));
        accounts.resetPassword(account.getId(), "A brand new password", TestAccounts.ADMIN_USERNAME);

        mvc.perform(get("/admin/password").with(rita))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/password").with(as("rules-reset"))).andExpect(status().isOk());
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
