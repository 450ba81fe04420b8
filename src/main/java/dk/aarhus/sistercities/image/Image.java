package dk.aarhus.sistercities.image;

import dk.aarhus.sistercities.content.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An uploaded picture: what it is, what it shows (its texts) and the renditions made from it. */
@Entity
@Table(name = "image")
public class Image {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImageFormat format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "byte_size", nullable = false)
    private int byteSize;

    /** The SHA-256 of the upload as it came, the key of its bytes in {@code image_file}. */
    @Column(nullable = false, unique = true, length = 64)
    private String original;

    @Column(name = "alt_da", length = 300)
    private String altDa;

    @Column(name = "alt_en", length = 300)
    private String altEn;

    @Column(nullable = false)
    private boolean decorative;

    @Column(name = "caption_da", length = 500)
    private String captionDa;

    @Column(name = "caption_en", length = 500)
    private String captionEn;

    @Column(length = 200)
    private String credit;

    @Column(length = 200)
    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FocalPoint focus = FocalPoint.CENTER;

    @Version
    private long version;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "image_rendition", joinColumns = @JoinColumn(name = "image_id"))
    @OrderBy("width")
    private List<Rendition> renditions = new ArrayList<>();

    /** One rendition: its size and the SHA-256 of its bytes, which is also its public address. */
    @Embeddable
    public record Rendition(int width, int height, String hash, @Column(name = "byte_size") int byteSize) {

        /** Its public address. */
        public String path() {
            return ImageView.path(hash);
        }
    }

    protected Image() {
    }

    Image(String fileName, ImageFormat format, int width, int height, int byteSize, String original) {
        replaceFile(fileName, format, width, height, byteSize, original);
    }

    final void replaceFile(String name, ImageFormat kind, int w, int h, int size, String hash) {
        this.fileName = name;
        this.format = kind;
        this.width = w;
        this.height = h;
        this.byteSize = size;
        this.original = hash;
    }

    void describe(ImageDetails details, String by, Instant at) {
        this.altDa = details.altDa();
        this.altEn = details.altEn();
        this.decorative = details.decorative();
        this.captionDa = details.captionDa();
        this.captionEn = details.captionEn();
        this.credit = details.credit();
        this.licence = details.licence();
        this.focus = details.focus() == null ? FocalPoint.CENTER : details.focus();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void setRenditions(List<Rendition> made) {
        renditions.clear();
        renditions.addAll(made);
    }

    public ImageDetails details() {
        return new ImageDetails(altDa, altEn, decorative, captionDa, captionEn, credit, licence, focus);
    }

    public String alt(Language language) {
        return decorative ? "" : language == Language.DA ? altDa : altEn;
    }

    public String caption(Language language) {
        return language == Language.DA ? captionDa : captionEn;
    }

    /** The renditions, narrowest first. */
    public List<Rendition> getRenditions() {
        return renditions.stream().sorted(Comparator.comparingInt(Rendition::width)).toList();
    }

    public Long getId() { return id; }
    public String getFileName() { return fileName; }
    public ImageFormat getFormat() { return format; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public int getByteSize() { return byteSize; }
    public String getOriginal() { return original; }
    public String getCredit() { return credit; }
    public String getLicence() { return licence; }
    public FocalPoint getFocus() { return focus; }
    public long getVersion() { return version; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
