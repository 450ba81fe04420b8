package dk.aarhus.sistercities.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The bytes of images, under the SHA-256 of those bytes: the renditions ({@code image_file}, the only files ever
 * served) and each upload as it came ({@code image_original}, kept for the content backup; it may carry EXIF and
 * GPS). Apart, so a rendition uploaded again as an image never takes over the rendition's row.
 *
 * <p>Several images may show the same rendition (the same picture uploaded twice with different metadata gives the
 * same pixels), so a file is never overwritten, and is deleted only when no image refers to it any more. Both are
 * decided under a row lock on the file, in the caller's transaction: a delete waits for a save that is taking the
 * same file into use (and then sees its reference), and a save waits for a delete of it (and then stores it
 * anew). Locks are taken in hash order, so two of them never wait for each other.
 */
@Component
class ImageFiles {

    private final JdbcTemplate jdbc;

    ImageFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a rendition unless it is there already; either way it is locked until the transaction ends. */
    void keepRendition(String hash, byte[] jpeg) {
        if (lock("image_file", List.of(hash)).isEmpty()) {
            jdbc.update("insert into image_file (hash, data) values (?, ?)", hash, jpeg);
        }
    }

    /** Stores an upload as it came unless it is there already. */
    void keepOriginal(String hash, byte[] bytes) {
        if (lock("image_original", List.of(hash)).isEmpty()) {
            jdbc.update("insert into image_original (hash, data) values (?, ?)", hash, bytes);
        }
    }

    /**
     * Deletes those of these renditions and originals that no image refers to any more. The caller has flushed its
     * own changes (the image deleted, or its renditions replaced), so they count.
     */
    void release(Collection<String> renditions, Collection<String> originals) {
        List<String> unused = new ArrayList<>(lock("image_file", renditions));
        if (!unused.isEmpty()) {
            unused.removeAll(jdbc.queryForList("select distinct hash from image_rendition where hash in ("
                    + marks(unused) + ")", String.class, unused.toArray()));
            delete("image_file", unused);
        }
        List<String> unusedOriginals = new ArrayList<>(lock("image_original", originals));
        if (!unusedOriginals.isEmpty()) {
            unusedOriginals.removeAll(jdbc.queryForList("select original from image where original in ("
                    + marks(unusedOriginals) + ")", String.class, unusedOriginals.toArray()));
            delete("image_original", unusedOriginals);
        }
    }

    /** A rendition's bytes; an upload's own file is never among them. */
    Optional<byte[]> rendition(String hash) {
        return jdbc.query("select data from image_file where hash = ?", (row, n) -> row.getBytes(1), hash)
                .stream().findFirst();
    }

    /** Whether the rendition is still there (by its primary key: cheap enough to ask on a cache hit). */
    boolean renditionExists(String hash) {
        return !jdbc.queryForList("select hash from image_file where hash = ?", String.class, hash).isEmpty();
    }

    Optional<byte[]> original(String hash) {
        return jdbc.query("select data from image_original where hash = ?", (row, n) -> row.getBytes(1), hash)
                .stream().findFirst();
    }

    /** Locks the rows of those hashes that are there, in hash order, and answers them. */
    private List<String> lock(String table, Collection<String> hashes) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(hashes));
        if (sorted.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select hash from " + table + " where hash in (" + marks(sorted)
                + ") order by hash for update", String.class, sorted.toArray());
    }

    private void delete(String table, List<String> hashes) {
        if (!hashes.isEmpty()) {
            jdbc.update("delete from " + table + " where hash in (" + marks(hashes) + ")", hashes.toArray());
        }
    }

    private static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
