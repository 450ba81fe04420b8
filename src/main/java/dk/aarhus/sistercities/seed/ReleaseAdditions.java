package dk.aarhus.sistercities.seed;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.page.PageAddresses;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a release adds beside its corrections ({@link ContentUpdate}): the seed's pages and activities, for a
 * site that was live before there were any; each once, never over an editor's work.
 */
@Component
class ReleaseAdditions {

    private final PageEditor pages;
    private final PageAddresses addresses;
    private final ActivityEditor activities;
    private final CityRepository cities;

    ReleaseAdditions(PageEditor pages, PageAddresses addresses, ActivityEditor activities, CityRepository cities) {
        this.pages = pages;
        this.addresses = addresses;
        this.activities = activities;
        this.cities = cities;
    }

    /**
     * Adds the seed's pages to a site that was live before pages existed, as drafts only: nothing goes public
     * unreviewed (an editor reads and publishes each). A page whose key an editor's page has, or whose address
     * any page has already, is left out, so no editor's work is covered. A database seeded with this release
     * never gets here with pages to add: the seeder has published them already.
     */
    List<String> addPages(ContentDocument document) {
        if (document.pages() == null) {
            return List.of();
        }
        List<PageContent> added = new ArrayList<>();
        for (PageContent page : document.pages()) {
            if (!pages.exists(page.key()) && addresses.slugsTaken(page).isEmpty()) {
                added.add(page);
            }
        }
        pages.addDrafts(added, ContentUpdate.AUTHOR);
        return added.stream().map(p -> "page " + p.key() + " added as a draft").toList();
    }

    /**
     * The seed's activities that the site has not got: each is added and published once, unless an activity
     * of its key is there (a fresh seed loaded it) or one of its cities is not (renamed or deleted by an
     * editor: an activity never points at a page that is not there).
     */
    List<String> addActivities(ContentDocument document) {
        if (document.activities() == null) {
            return List.of();
        }
        List<String> changes = new ArrayList<>();
        List<ActivityContent> added = new ArrayList<>();
        for (ActivityContent activity : document.activities()) {
            boolean citiesThere = activity.cities().stream()
                    .allMatch(slug -> cities.findBySlug(slug).filter(c -> !c.isDeleted()).isPresent());
            if (citiesThere && !activities.exists(activity.key())) {
                added.add(activity);
                changes.add("activity " + activity.key() + " added");
            }
        }
        activities.load(added);
        return changes;
    }
}
