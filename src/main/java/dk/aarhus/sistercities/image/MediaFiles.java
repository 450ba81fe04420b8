package dk.aarhus.sistercities.image;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The bytes of a rendition, by its hash; an upload's own file is never served (it may carry EXIF and GPS). */
@Component
class MediaFiles {

    private final ImageFileRepository files;

    MediaFiles(ImageFileRepository files) {
        this.files = files;
    }

    @Transactional(readOnly = true)
    Optional<byte[]> rendition(String hash) {
        return files.findByHashAndContentType(hash, ImageFile.RENDITION)
                .map(ImageFile::getData);
    }
}
