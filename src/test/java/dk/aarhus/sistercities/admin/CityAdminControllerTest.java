package dk.aarhus.sistercities.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityCatalog;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The city form as an editor uses it: validation per field, conflicts, row actions, hostile input. */
@FullAppTest
@ResetDataBeforeEachTest
@WithMockUser(username = "anna", roles = "EDITOR")
@AlsoOnPostgres
class CityAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CityRepository cities;

    @Autowired
    CityHistory history;

    @Autowired
    CityCatalog catalog;

    @Autowired
    TransactionTemplate tx;

    private City bergen() {
        return cities.findBySlug("bergen").orElseThrow();
    }

    /** The edit form of a city as the browser would send it back, unchanged. */
    private MultiValueMap<String, String> formOf(String slug) throws Exception {
        City city = cities.findBySlug(slug).orElseThrow();
        Document page = Jsoup.parse(mvc.perform(get("/admin/cities/" + city.getId()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        page.select("form[data-unsaved-warning] input[name], form[data-unsaved-warning] textarea[name]")
                .forEach(e -> form.add(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText() : e.val()));
        page.select("form[data-unsaved-warning] select[name]").forEach(e -> {
            var selected = e.selectFirst("option[selected]");
            form.add(e.attr("name"), selected == null ? "" : selected.val());
        });
        form.remove("_csrf");
        return form;
    }

    private MockHttpServletRequestBuilder postForm(String path, MultiValueMap<String, String> form) {
        return post(path).with(csrf()).params(form);
    }

    private Document html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theListShowsEveryCityWithItsState() throws Exception {
        Document page = html(mvc.perform(get("/admin").header("Accept-Language", "en")).andExpect(status().isOk()));
        assertThat(page.select("tbody tr")).hasSize(15);
        assertThat(page.select("tbody tr").first().text()).contains("Bergen", "Published", "by the system (initial content)")
                .as("no developer's word for the seed").doesNotContain("seed");
    }

    @Test
    void aFieldTooLongOrMalformedIsNamedInTheSummaryAndBesideTheFieldAndTheInputIsKept() throws Exception {
        MultiValueMap<String, String> form = formOf("bergen");
        form.set("texts[da].name", "B".repeat(101));
        form.set("texts[en].summary", "My new summary, kept");
        form.set("sinceYear", "nineteen");
        form.set("website", "javascript:alert(1)");
        form.set("action", "save");

        Document page = html(mvc.perform(postForm("/admin/cities/" + bergen().getId(), form)
                .header("Accept-Language", "en")).andExpect(status().isOk()));

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .contains("#texts-da-name", "#sinceYear", "#website");
        assertThat(page.select(".error-summary").text()).contains("Name in Danish must be 100 characters or fewer",
                "Partnership since must be a year, e.g. 1946", "must be a full address starting with https://");
        assertThat(page.select("#texts-da-name-error").text()).contains("Name in Danish must be 100 characters or fewer");
        assertThat(page.select("#texts-da-name").attr("aria-describedby")).contains("texts-da-name-error");
        assertThat(page.select("#texts-en-summary").text()).isEqualTo("My new summary, kept");
        assertThat(page.select("#sinceYear").val()).isEqualTo("nineteen");
        assertThat(tx.execute(s -> history.draft(bergen())).texts().get("da").name()).isEqualTo("Bergen");
    }

    @Test
    void aSaveMakesADraftAndTheFormsIdMustMatchItsAddress() throws Exception {
        MultiValueMap<String, String> form = formOf("bergen");
        form.set("texts[en].summary", "Saved as a draft");
        mvc.perform(postForm("/admin/cities/" + bergen().getId(), form))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/cities/" + bergen().getId()));
        assertThat(catalog.city(Language.EN, "bergen").orElseThrow().card().summary()).isNotEqualTo("Saved as a draft");

        long turku = cities.findBySlug("turku").orElseThrow().getId();
        mvc.perform(postForm("/admin/cities/" + turku, formOf("bergen"))).andExpect(status().isBadRequest());
    }

    @Test
    void aStaleSaveIsRefusedWithBothVersionsAndEverythingTypedKept() throws Exception {
        MultiValueMap<String, String> anna = formOf("bergen");
        MultiValueMap<String, String> bente = formOf("bergen");
        bente.set("texts[en].summary", "Bente's summary");
        mvc.perform(postForm("/admin/cities/" + bergen().getId(), bente)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user("bente").roles("EDITOR")))
                .andExpect(status().isFound());

        anna.set("texts[en].summary", "Anna's summary");
        Document page = html(mvc.perform(postForm("/admin/cities/" + bergen().getId(), anna)
                .header("Accept-Language", "en")).andExpect(status().isOk()));

        assertThat(page.select(".conflict").text()).contains("Your changes were not saved", "bente",
                "Bente's summary", "Anna's summary");
        assertThat(page.select("#texts-en-summary").text()).isEqualTo("Anna's summary");
        assertThat(tx.execute(s -> history.draft(bergen())).texts().get("en").summary()).isEqualTo("Bente's summary");
    }

    @Test
    void factsNameSourcesThatExistAndDatesThatAreReal() throws Exception {
        MultiValueMap<String, String> form = formOf("kiel");
        form.set("statusSources", "1, 9");
        form.set("sinceSources", "one");
        form.set("milestones[0].date", "2019-02-30");
        form.set("sources[0].url", "kiel.de");
        Document page = html(mvc.perform(postForm("/admin/cities/" + cities.findBySlug("kiel").orElseThrow().getId(),
                form).header("Accept-Language", "en")).andExpect(status().isOk()));

        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsSubsequence("#statusSources", "#sinceSources", "#milestones-0-date", "#sources-0-url");
        assertThat(page.select(".error-summary").text()).contains(
                "Sources of the status: the city has 4 sources; use their numbers",
                "Sources of the year must be source numbers separated by commas",
                "A step’s date is not a real date",
                "A source’s address must be a full address starting with https://");
        assertThat(page.select("#statusSources").val()).isEqualTo("1, 9");
        assertThat(page.select("#milestones-0-date").val()).isEqualTo("2019-02-30");
    }

    @Test
    void sourcesAndStepsAreAddedAndRemovedWithoutSaving() throws Exception {
        long id = cities.findBySlug("kiel").orElseThrow().getId();
        MultiValueMap<String, String> form = formOf("kiel");
        form.set("action", "add-source");
        Document added = html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()));
        assertThat(added.select("fieldset.source-row")).hasSize(5);
        assertThat(added.select(".error-summary")).isEmpty();
        form.set("action", "add-milestone");
        assertThat(html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()))
                .select("fieldset.milestone-row")).hasSize(2);
        form.set("action", "remove-source-3");
        assertThat(html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()))
                .select("fieldset.source-row legend").eachText()).hasSize(3);
    }

    @Test
    void aDraftWithAFactThatCitesNoSourceIsSavedButNotPublished() throws Exception {
        City kiel = cities.findBySlug("kiel").orElseThrow();
        MultiValueMap<String, String> form = formOf("kiel");
        form.set("results[0].sources", "");
        form.set("statusSources", "");
        mvc.perform(postForm("/admin/cities/" + kiel.getId(), form)).andExpect(status().isFound());
        int draft = cities.findBySlug("kiel").orElseThrow().getDraftRevision();

        mvc.perform(post("/admin/cities/" + kiel.getId() + "/publish").with(csrf())
                        .param("seenRevision", String.valueOf(draft)).header("Accept-Language", "en"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("incomplete", true));
        assertThat(catalog.city(Language.EN, "kiel").orElseThrow().results().get(0).sources()).containsExactly(4);
        assertThat(cities.findBySlug("kiel").orElseThrow().getPublishedRevision()).isLessThan(draft);
    }

    /** Kiel cites 1 kiel.de and 2 Kieler Nachrichten for its year, 3 aarhus.dk for its status, 4 for its result. */
    @Test
    void movingOrRemovingASourceRenumbersTheFactsThatCiteIt() throws Exception {
        long id = cities.findBySlug("kiel").orElseThrow().getId();
        MultiValueMap<String, String> form = formOf("kiel");
        assertThat(form.getFirst("sinceSources")).isEqualTo("1, 2");
        assertThat(form.getFirst("statusSources")).isEqualTo("3");
        assertThat(form.getFirst("results[0].sources")).isEqualTo("4");

        form.set("action", "down-source-2");
        Document moved = html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()));
        assertThat(moved.select("#statusSources").val()).isEqualTo("4");
        assertThat(moved.select("#results-0-sources").val()).isEqualTo("3");
        assertThat(moved.select("#sources-3-title").val()).isEqualTo("Venskabsbyer");

        form.set("action", "remove-source-0");
        Document removed = html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()));
        assertThat(removed.select("#sinceSources").val()).isEqualTo("1");
        assertThat(removed.select("#statusSources").val()).isEqualTo("2");
        assertThat(removed.select("#results-0-sources").val()).isEqualTo("3");
        assertThat(removed.select("#milestones-0-sources").val()).isEqualTo("1");
        assertThat(removed.select(".error-summary")).isEmpty();
    }

    @Test
    void resultRowsAreAddedMovedAndRemovedWithoutSaving() throws Exception {
        MultiValueMap<String, String> form = formOf("kujalleq");
        int before = tx.execute(s -> history.draft(cities.findBySlug("kujalleq").orElseThrow())).results().size();
        long id = cities.findBySlug("kujalleq").orElseThrow().getId();
        form.set("action", "add-result");
        Document added = html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()));
        assertThat(added.select("fieldset.result")).hasSize(before + 1);
        assertThat(added.select(".error-summary")).isEmpty();

        form.set("action", "remove-result-0");
        Document removed = html(mvc.perform(postForm("/admin/cities/" + id, form)).andExpect(status().isOk()));
        assertThat(removed.select("fieldset.result")).hasSize(before - 1);
        assertThat(tx.execute(s -> history.draft(cities.findBySlug("kujalleq").orElseThrow())).results())
                .hasSize(before);
    }

    @Test
    void scriptsAndJavascriptLinksTypedByAnEditorAreHarmlessOnThePublicPage() throws Exception {
        MultiValueMap<String, String> form = formOf("bergen");
        String script = "<script>alert('x')</script>";
        form.set("texts[en].name", "Bergen " + script);
        form.set("texts[en].summary", "Summary " + script);
        form.set("texts[en].description", "Text " + script + "\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>");
        form.set("texts[en].region", "<b>bold</b>");
        mvc.perform(postForm("/admin/cities/" + bergen().getId(), form)).andExpect(status().isFound());
        mvc.perform(post("/admin/cities/" + bergen().getId() + "/publish").with(csrf())
                .param("seenRevision", String.valueOf(bergen().getDraftRevision()))).andExpect(status().isFound());

        String html = mvc.perform(get("/en/cities/bergen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\\u003cscript>");
        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select("a[href^=javascript]")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("h1").text()).contains(script);
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void aRequestForMoreResultRowsThanTheFormAllowsIsABadRequest() throws Exception {
        MultiValueMap<String, String> form = formOf("bergen");
        form.set("results[5000].area", "CULTURE");
        mvc.perform(postForm("/admin/cities/" + bergen().getId(), form)).andExpect(status().isBadRequest());
    }

    @Test
    void aNeverPublishedCityIsPreviewedButNotPublic() throws Exception {
        MultiValueMap<String, String> form = formOf("bergen");
        form.remove("id");
        form.remove("baseRevision");
        form.set("slug", "new-town");
        form.set("texts[en].name", "New Town");
        form.set("action", "save");
        String location = mvc.perform(postForm("/admin/cities/new", form)).andExpect(status().isFound())
                .andReturn().getResponse().getRedirectedUrl();
        Document preview = html(mvc.perform(get(location + "/preview/en")).andExpect(status().isOk()));
        assertThat(preview.select("h1").text()).isEqualTo("New Town");
        assertThat(preview.select(".preview-banner")).hasSize(1);
        mvc.perform(get("/en/cities/new-town")).andExpect(status().isNotFound());
    }

    @Test
    void typeAndSiteTextDraftsGoPublicOnlyWhenPublished() throws Exception {
        Document form = html(mvc.perform(get("/admin/texts/overview.intro")).andExpect(status().isOk()));
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        form.select("form[data-unsaved-warning] input[name], form[data-unsaved-warning] textarea[name]")
                .forEach(e -> fields.add(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText() : e.val()));
        fields.remove("_csrf");
        fields.set("texts[en][body]", "A fresh introduction.");
        mvc.perform(postForm("/admin/texts/overview.intro", fields)).andExpect(status().isFound());
        assertThat(mvc.perform(get("/en")).andReturn().getResponse().getContentAsString())
                .doesNotContain("A fresh introduction.");

        Document saved = html(mvc.perform(get("/admin/texts/overview.intro")).andExpect(status().isOk()));
        String seen = saved.select("input[name=seenRevision]").val();
        mvc.perform(post("/admin/texts/overview.intro/publish").with(csrf()).param("seenRevision", seen))
                .andExpect(status().isFound());
        assertThat(mvc.perform(get("/en")).andReturn().getResponse().getContentAsString())
                .contains("A fresh introduction.");

        fields.set("texts[da][body]", "");
        Document invalid = html(mvc.perform(postForm("/admin/texts/overview.intro", fields)
                .header("Accept-Language", "en")).andExpect(status().isOk()));
        assertThat(invalid.select(".error-summary a").attr("href")).isEqualTo("#texts-da-body");
        assertThat(invalid.select(".error-summary").text()).contains("Enter the text in Danish");
    }

    @Test
    void unknownCitiesAndTextsAreNotFound() throws Exception {
        mvc.perform(get("/admin/cities/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/types/nowhere")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/cities/abc")).andExpect(status().isBadRequest());
    }

}
