package dk.aarhus.sistercities.image;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an upload or a rendition, under the SHA-256 of those bytes; read only to serve or export them. */
@Entity
@Table(name = "image_file")
class ImageFile {

    /** The content type of a rendition; an upload's own file is {@code upload/<format>} and never served. */
    static final String RENDITION = "jpeg";
    static final String UPLOAD = "upload/";

    @Id
    @Column(length = 64)
    private String hash;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private byte[] data;

    protected ImageFile() {
    }

    ImageFile(String hash, String contentType, byte[] data) {
        this.hash = hash;
        this.contentType = contentType;
        this.data = data;
    }

    String getHash() { return hash; }
    String getContentType() { return contentType; }
    byte[] getData() { return data; }
}
