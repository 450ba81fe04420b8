package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestImages;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /media} over real HTTP: a rendition with its year-long, immutable caching and a 304 for its ETag; an
 * unknown hash and an upload's own file (it may carry GPS) are 404 at every address; and a deleted image's files are
 * 404 at once on this instance, and on another once it hears of the change (its next poll of the content
 * generation), though it had them in memory.
 */
@FullAppTest
@ResetDataBeforeEachTest
class MediaFilterTest {

    private static final ImageDetails DETAILS =
            new ImageDetails("Havnen", "The harbour", false, null, null, "Foto: Test", null, FocalPoint.CENTER);

    @LocalServerPort
    int port;

    @Autowired
    ImageLibrary library;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aRenditionIsCachedForAYear_anUnknownHashAndAnUploadsOwnFileAreNotFound() throws Exception {
        Image image = library.upload("harbour.jpg", TestImages.photoWithGps(800, 600), DETAILS, "anna");
        Http site = new Http(port);
        String path = image.getRenditions().get(0).path();

        HttpResponse<String> served = site.get(path);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(served.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = site.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        assertThat(site.get("/media/" + "0".repeat(64) + ".jpg").statusCode()).as("unknown").isEqualTo(404);
        for (String address : new String[] {"/media/" + image.getOriginal() + ".jpg",
                "/media/" + image.getOriginal() + ".jpeg", "/media/" + image.getOriginal()}) {
            assertThat(site.get(address).statusCode()).as("the upload's own file at " + address).isEqualTo(404);
        }
    }

    @Test
    void aDeletedImagesFilesAreNotServedAnyMore() throws Exception {
        Http site = new Http(port);
        Image deletedHere = library.upload("harbour.jpg", TestImages.photoWithGps(800, 600), DETAILS, "anna");
        String path = deletedHere.getRenditions().get(0).path();
        assertThat(site.get(path).statusCode()).isEqualTo(200); // now in this instance's memory

        library.delete(deletedHere.getId(), deletedHere.getVersion(), "anna");

        assertThat(site.get(path).statusCode()).as("deleted on this instance").isEqualTo(404);

        // Deleted through another instance: its rows go and the content generation moves on in the database.
        Image deletedThere = library.upload("bryggen.png", TestImages.encode(TestImages.picture(900, 600), "png"),
                DETAILS, "anna");
        String other = deletedThere.getRenditions().get(1).path();
        assertThat(site.get(other).statusCode()).isEqualTo(200);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("delete from image where id = ?", deletedThere.getId()); // its renditions' rows cascade
            jdbc.update("delete from image_file where hash = ?", deletedThere.getRenditions().get(1).hash());
        });
        assertThat(site.get(other).statusCode()).as("until this instance hears of it, the kept file").isEqualTo(200);
        // What this instance's poll does on finding the other's new generation (here at once, not within 0.5 s).
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> events.publishEvent(new ImageChanged("image " + deletedThere.getId(), "other")));

        assertThat(site.get(other).statusCode()).as("deleted on another instance").isEqualTo(404);
    }
}
