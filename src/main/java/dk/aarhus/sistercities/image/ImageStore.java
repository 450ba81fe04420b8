package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.revision.Revision;
import dk.aarhus.sistercities.revision.RevisionAction;
import dk.aarhus.sistercities.revision.Revisions;
import dk.aarhus.sistercities.revision.TypedRevisions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image library's saves, each one transaction, given pictures already processed ({@link ImageLibrary} decodes
 * and scales them before, so no decode holds a database connection). Files are shared by hash and taken into use
 * or let go only through {@link ImageFiles}.
 */
@Service
@Transactional(rollbackFor = UploadRefusedException.class)
class ImageStore {

    static final String KIND = "IMAGE";

    private final ImageRepository images;
    private final ImageFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The texts of every image as they were after each change (kind {@code IMAGE}, key: the image's id). */
    private final TypedRevisions<ImageDetails> history;

    ImageStore(ImageRepository images, ImageFiles files, ApplicationEventPublisher events, Clock clock,
            Revisions revisions, JsonMapper json) {
        this.history = new TypedRevisions<>(revisions, json, KIND, ImageDetails.class);
        this.images = images;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** An upload as it came: its name, its bytes and their hash, and what was made of it. */
    record Upload(String fileName, byte[] bytes, String hash, ImageProcessing.Processed processed) {
    }

    Image add(Upload upload, ImageDetails details, String editor) throws UploadRefusedException {
        refuseDuplicate(upload.hash(), null);
        ImageProcessing.Processed made = upload.processed();
        Image image = new Image(upload.fileName(), made.format(), made.width(), made.height(), upload.bytes().length,
                upload.hash());
        files.keepOriginal(upload.hash(), upload.bytes());
        image.setRenditions(keep(made));
        image.describe(details, editor, clock.instant());
        Image saved = images.save(image);
        history.record(String.valueOf(saved.getId()), RevisionAction.CREATED, saved.details(), editor);
        return saved;
    }

    /** New texts and, when {@code upload} is not null, a new file, on top of the version seen. */
    Image replace(long id, long seenVersion, ImageDetails details, Upload upload, String editor)
            throws UploadRefusedException {
        Image image = images.findById(id).orElseThrow();
        if (image.getVersion() != seenVersion) {
            throw new ImageLibrary.StaleException(image);
        }
        List<String> oldRenditions = List.of();
        String oldOriginal = null;
        if (upload != null) {
            refuseDuplicate(upload.hash(), id);
            oldRenditions = renditionHashes(image);
            oldOriginal = image.getOriginal();
            ImageProcessing.Processed made = upload.processed();
            files.keepOriginal(upload.hash(), upload.bytes());
            image.replaceFile(upload.fileName(), made.format(), made.width(), made.height(), upload.bytes().length,
                    upload.hash());
            image.setRenditions(keep(made));
        }
        if (history.latest(String.valueOf(id)).isEmpty()) {
            // Uploaded before images had a history: its texts until now are where an undo goes back to.
            history.record(String.valueOf(id), RevisionAction.CREATED, image.details(), image.getUpdatedBy());
        }
        image.describe(details, editor, clock.instant());
        // Flushed here: a save on top of one that committed meanwhile fails now (optimistic lock), and the files
        // let go below are asked about without this image's old renditions.
        images.saveAndFlush(image);
        if (upload != null) {
            files.release(oldRenditions, List.of(oldOriginal));
        }
        history.record(String.valueOf(id), RevisionAction.SAVED, image.details(), editor);
        events.publishEvent(new ImageChanged("image " + id, editor));
        return image;
    }

    /** The texts of revision {@code number} back, as a new revision; false when the image has no such revision. */
    boolean restore(long id, int number, String editor) {
        Image image = images.findById(id).orElseThrow();
        String key = String.valueOf(id);
        Optional<Revision> revision = history.revision(key, number);
        if (revision.isEmpty()) {
            return false;
        }
        image.describe(history.read(revision.get()), editor, clock.instant());
        images.saveAndFlush(image);
        history.restored(key, number, image.details(), editor);
        events.publishEvent(new ImageChanged("image " + id, editor));
        return true;
    }

    @Transactional(readOnly = true)
    Revisions.Recent history(long id, boolean all) {
        return history.recent(String.valueOf(id), all);
    }

    /** Stores the renditions not stored yet (in hash order, as the files' locks are taken) and describes them. */
    private List<Image.Rendition> keep(ImageProcessing.Processed processed) {
        List<Image.Rendition> made = new ArrayList<>();
        Map<String, byte[]> byHash = new TreeMap<>();
        for (ImageProcessing.Made rendition : processed.renditions()) {
            String hash = ImageLibrary.sha256(rendition.jpeg());
            made.add(new Image.Rendition(rendition.width(), rendition.height(), hash, rendition.jpeg().length));
            byHash.put(hash, rendition.jpeg());
        }
        byHash.forEach(files::keepRendition);
        return made;
    }

    private void refuseDuplicate(String hash, Long self) throws UploadRefusedException {
        Optional<Image> same = images.findByOriginal(hash).filter(other -> !other.getId().equals(self));
        if (same.isPresent()) {
            throw new UploadRefusedException("image.problem.duplicate", same.get().getId());
        }
    }

    private static List<String> renditionHashes(Image image) {
        return image.getRenditions().stream().map(Image.Rendition::hash).toList();
    }
}
