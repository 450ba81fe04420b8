package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.aarhus.sistercities.support.AlsoOnPostgres;
import dk.aarhus.sistercities.support.FullAppTest;
import dk.aarhus.sistercities.support.Http;
import dk.aarhus.sistercities.support.ResetDataBeforeEachTest;
import dk.aarhus.sistercities.support.TestImages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Images share files by hash (the same pixels make the same renditions), so deleting or replacing one image never
 * takes away a file another still shows; a rendition uploaded as an image of its own stays served; and a delete
 * and a save taking the same file into use at once, or two saves of one image at once, come out right (row locks
 * and the optimistic lock, on PostgreSQL too).
 */
@FullAppTest
@ResetDataBeforeEachTest
class ImageFileSharingTest {

    private static final ImageDetails DETAILS =
            new ImageDetails("Havnen", "The harbour", false, null, null, "Foto: Test", null, FocalPoint.CENTER);

    @LocalServerPort
    int port;

    @Autowired
    ImageLibrary library;

    @Autowired
    ImageStore store;

    @Autowired
    ImageRepository images;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSamePhotoUploadedTwice_deletingOneKeepsTheFilesTheOtherShows() throws Exception {
        Image first = library.upload("harbour.jpg", TestImages.photoWithGps(800, 600), DETAILS, "anna");
        // The same pixels without the metadata: other bytes, the same renditions.
        Image second = library.upload("harbour-no-gps.jpg", TestImages.encode(TestImages.picture(800, 600), "jpeg"),
                DETAILS, "bo");
        assertThat(hashes(second)).isEqualTo(hashes(first));

        library.delete(second.getId(), second.getVersion(), "bo");

        assertThat(filesThere(hashes(first))).as("the first image's renditions, left").isEqualTo(2);
        Http site = new Http(port);
        for (String path : paths(first)) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        }
        library.delete(first.getId(), library.image(first.getId()).orElseThrow().getVersion(), "anna");
        assertThat(jdbc.queryForObject("select count(*) from image_file", Integer.class)).as("the last one goes").isZero();
        assertThat(jdbc.queryForObject("select count(*) from image_original", Integer.class)).isZero();
    }

    @Test
    void aRenditionUploadedAsAnImageStaysServedAndItsDeleteKeepsIt() throws Exception {
        byte[] photo = TestImages.photoWithGps(800, 600);
        byte[] narrow = ImageProcessing.process(photo).renditions().get(0).jpeg();
        // Its rendition uploaded first (saved from another page), then the photo: its rendition is stored too.
        Image copy = library.upload("saved-from-the-site.jpg", narrow, DETAILS, "bo");
        Image original = library.upload("harbour.jpg", photo, DETAILS, "anna");
        String narrowHash = ImageLibrary.sha256(narrow);
        assertThat(hashes(original)).contains(narrowHash);
        // And once more the other way round: an upload of bytes a rendition already has.
        Image again = library.upload("saved-again.jpg", jdbc.queryForObject(
                "select data from image_file where hash = ?", byte[].class, hashes(original).get(1)), DETAILS, "bo");

        Http site = new Http(port);
        for (String path : paths(original)) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        }
        library.delete(copy.getId(), copy.getVersion(), "bo");
        library.delete(again.getId(), again.getVersion(), "bo");

        assertThat(filesThere(hashes(original))).as("the photo's renditions, left").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from image_original", Integer.class)).isEqualTo(1);
    }

    @Test
    @AlsoOnPostgres
    void aDeleteWaitsForASaveTakingTheSameFileIntoUse_andThenKeepsIt() throws Exception {
        Image first = library.upload("harbour.jpg", TestImages.photoWithGps(800, 600), DETAILS, "anna");
        byte[] samePixels = TestImages.encode(TestImages.picture(800, 600), "jpeg");
        ImageStore.Upload second = new ImageStore.Upload("copy.jpg", samePixels, ImageLibrary.sha256(samePixels),
                ImageProcessing.process(samePixels));
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        // Bo's upload has taken the first image's files into use and not yet committed, when Anna deletes it.
        CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    try {
                        store.add(second, DETAILS, "bo");
                        images.flush();
                        stored.countDown();
                        assertThat(commit.await(20, TimeUnit.SECONDS)).isTrue();
                    } catch (UploadRefusedException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        assertThat(stored.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> delete = CompletableFuture.runAsync(
                () -> library.delete(first.getId(), first.getVersion(), "anna"));
        awaitSomeoneWaitingForALock(delete);
        commit.countDown();
        upload.get(20, TimeUnit.SECONDS);
        delete.get(20, TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("select count(*) from image", Integer.class)).isEqualTo(1);
        assertThat(filesThere(hashes(first))).as("the files the second image shows").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from image_original", Integer.class)).isEqualTo(1);
    }

    @Test
    @AlsoOnPostgres
    void aSaveThatLosesTheRaceIsToldTheOtherEditorsVersion() throws Exception {
        Image image = library.upload("harbour.jpg", TestImages.photoWithGps(800, 600), DETAILS, "carl");
        Image other = library.upload("bryggen.jpg", TestImages.photoWithGps(900, 600), DETAILS, "carl");
        byte[] replacement = TestImages.encode(TestImages.picture(900, 600), "jpeg"); // the other image's pixels
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Holds the other image's files, which Bo's replacement takes into use: his save waits there, past his
        // version check, while Anna's save commits.
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    jdbc.queryForList("select hash from image_file where hash in (?, ?) for update", String.class,
                            hashes(other).toArray());
                    locked.countDown();
                    try {
                        assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Image> bo = CompletableFuture.supplyAsync(() -> {
            try {
                return library.update(image.getId(), image.getVersion(), DETAILS, "new.jpg", replacement, "bo");
            } catch (UploadRefusedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitSomeoneWaitingForALock(bo);
        library.update(image.getId(), image.getVersion(), new ImageDetails("Havnen", "The harbour", false, null, null,
                "Foto: Anna", null, FocalPoint.CENTER), null, null, "anna");
        release.countDown();
        holder.get(20, TimeUnit.SECONDS);

        assertThatThrownBy(() -> bo.get(20, TimeUnit.SECONDS)).cause()
                .isInstanceOfSatisfying(ImageLibrary.StaleException.class, stale -> {
                    assertThat(stale.current().getUpdatedBy()).isEqualTo("anna");
                    assertThat(stale.current().getVersion()).isEqualTo(image.getVersion() + 1);
                });
        Image now = library.image(image.getId()).orElseThrow();
        assertThat(now.getFileName()).isEqualTo("harbour.jpg");
        assertThat(filesThere(hashes(now))).isEqualTo(2);
    }

    /** Until another transaction waits for a row lock (the database's own view of its locks). */
    private void awaitSomeoneWaitingForALock(CompletableFuture<?> waiting) throws InterruptedException {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        String waiters = database.startsWith("PostgreSQL") ? "select count(*) from pg_locks where not granted"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (jdbc.queryForObject(waiters, Integer.class) == 0) {
            assertThat(waiting).as("still running, so waiting for the lock").isNotDone();
            assertThat(System.nanoTime()).as("a transaction waits for the lock").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private int filesThere(List<String> hashes) {
        return jdbc.queryForObject("select count(*) from image_file where hash in (?, ?)", Integer.class,
                hashes.toArray());
    }

    private static List<String> hashes(Image image) {
        return image.getRenditions().stream().map(Image.Rendition::hash).toList();
    }

    private static List<String> paths(Image image) {
        return image.getRenditions().stream().map(Image.Rendition::path).toList();
    }
}
