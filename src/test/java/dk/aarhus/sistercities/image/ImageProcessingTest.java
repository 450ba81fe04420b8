package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The renditions of an upload: their widths, never wider than the upload, the right way up for every EXIF
 * orientation, and a WebP decoded.
 */
class ImageProcessingTest {

    @Test
    void renditionsAreNeverWiderThanTheUploadAndTheWidestIsItsOwnWidth() throws Exception {
        ImageProcessing.Processed processed = ImageProcessing.process(TestImages.photoWithGps(800, 600));

        assertThat(processed.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(processed.renditions()).extracting(ImageProcessing.Made::width).containsExactly(480, 800);
        assertThat(processed.renditions()).extracting(ImageProcessing.Made::height).containsExactly(360, 600);
        assertThat(ImageIO.read(new ByteArrayInputStream(processed.renditions().get(0).jpeg())).getWidth()).isEqualTo(480);
        assertThat(ImageProcessing.widths(4000)).containsExactly(480, 960, 1600);
    }

    @Test
    void noRenditionCarriesTheUploadsMetadata() throws Exception {
        byte[] photo = TestImages.photoWithGps(2000, 1500);
        assertThat(TestImages.jpegMarkers(photo)).contains(0xE1); // the upload's EXIF and XMP

        for (ImageProcessing.Made rendition : ImageProcessing.process(photo).renditions()) {
            // Only JFIF's APP0 and the picture's own segments; no APP1 (EXIF, XMP) or any other application segment.
            assertThat(TestImages.jpegMarkers(rendition.jpeg())).as(rendition.width() + " px")
                    .noneMatch(m -> m >= 0xE1 && m <= 0xEF);
            assertThat(new String(rendition.jpeg(), StandardCharsets.ISO_8859_1)).as(rendition.width() + " px")
                    .doesNotContain("Exif", TestImages.GPS_MARK, "ns.adobe.com");
        }
    }

    /**
     * For each EXIF orientation, a 400 × 300 picture as the sensor stored it: red in its first corner (row 0,
     * column 0) and blue at the other end of row 0. EXIF says where row 0 and column 0 belong (1: top, left; 6:
     * right, top; …), so where the two corners land tells every turn and mirror apart.
     */
    @ParameterizedTest(name = "orientation {0}: red {1}, blue {2}")
    @CsvSource({"1, TL, TR", "2, TR, TL", "3, BR, BL", "4, BL, BR", "5, TL, BL", "6, TR, BR", "7, BR, TR", "8, BL, TL"})
    void aPhotoIsDrawnTheRightWayUpForEveryOrientation(int orientation, String red, String blue) throws Exception {
        BufferedImage stored = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 60);
        g.setColor(Color.BLUE);
        g.fillRect(340, 0, 60, 60);
        g.dispose();
        byte[] photo = withOrientation(TestImages.encode(stored, "jpeg"), orientation);
        assertThat(ExifOrientation.of(photo)).isEqualTo(orientation);

        ImageProcessing.Processed processed = ImageProcessing.process(photo);

        String size = orientation >= 5 ? "300×400" : "400×300";
        assertThat(processed.width() + "×" + processed.height()).isEqualTo(size);
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(processed.renditions().get(0).jpeg()));
        assertThat(drawn.getWidth() + "×" + drawn.getHeight()).isEqualTo(size);
        assertThat(colourAt(drawn, red)).as("red corner").isEqualTo("red");
        assertThat(colourAt(drawn, blue)).as("blue corner").isEqualTo("blue");
    }

    @Test
    void aWebpIsDecodedByThePlugIn() throws Exception {
        byte[] webp = solidWebp(160, 120, 0xC8285A);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(webp));
        assertThat(decoded.getWidth() + "×" + decoded.getHeight()).isEqualTo("160×120");
        assertThat(decoded.getRGB(80, 60) & 0xFFFFFF).isEqualTo(0xC8285A);

        ImageProcessing.Processed processed = ImageProcessing.process(webp);

        assertThat(processed.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(processed.renditions()).singleElement().satisfies(r -> {
            BufferedImage rendition = ImageIO.read(new ByteArrayInputStream(r.jpeg()));
            assertThat(rendition.getWidth() + "×" + rendition.getHeight()).isEqualTo("160×120");
            Color centre = new Color(rendition.getRGB(80, 60));
            assertThat(new int[] {centre.getRed(), centre.getGreen(), centre.getBlue()})
                    .satisfies(c -> assertThat(Math.abs(c[0] - 0xC8) + Math.abs(c[1] - 0x28) + Math.abs(c[2] - 0x5A))
                            .isLessThan(12));
        });
    }

    /** The colour around a corner (TL, TR, BL, BR), 30 px in from both sides: red, blue, white or other. */
    private static String colourAt(BufferedImage image, String corner) {
        int x = corner.endsWith("L") ? 30 : image.getWidth() - 31;
        int y = corner.startsWith("T") ? 30 : image.getHeight() - 31;
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60) {
            return "red";
        }
        if (c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60) {
            return "blue";
        }
        return c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200 ? "white" : c.toString();
    }

    /** The JPEG with an EXIF segment (big-endian TIFF, one IFD entry: Orientation) right after its start. */
    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(jpeg, 0, 2);
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        exif.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1)
                .putShort((short) orientation).putShort((short) 0);
        exif.putInt(0);
        photo.writeBytes(exif.array());
        photo.write(jpeg, 2, jpeg.length - 2);
        return photo.toByteArray();
    }

    /**
     * A lossless WebP (RIFF, a VP8L chunk) of one colour, written by the bitstream's specification: the 14-bit
     * sizes, no transform, no colour cache, one group of five prefix codes (green, red, blue, alpha, distance),
     * each a "simple" code of one symbol; a code of one symbol takes no bits, so neither do the pixels.
     */
    static byte[] solidWebp(int width, int height, int rgb) {
        Bits bits = new Bits();
        bits.put(0x2F, 8).put(width - 1, 14).put(height - 1, 14).put(0, 1).put(0, 3);
        bits.put(0, 1).put(0, 1).put(0, 1);
        for (int value : new int[] {(rgb >> 8) & 0xFF, (rgb >> 16) & 0xFF, rgb & 0xFF, 0xFF}) {
            bits.put(1, 1).put(0, 1).put(1, 1).put(value, 8); // simple, one symbol, 8 bits wide
        }
        bits.put(1, 1).put(0, 1).put(0, 1).put(0, 1); // distance: simple, one symbol, 1 bit wide: 0
        // Eight zero bytes more: TwelveMonkeys refills its bit buffer eight bytes at a time; a decoder reads no
        // further than the last pixel, so what follows in the chunk is ignored.
        byte[] vp8l = Arrays.copyOf(bits.bytes(), bits.bytes().length + 8);
        int padded = vp8l.length + (vp8l.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded);
        riff.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.length).put(vp8l);
        return riff.array();
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            byte[] written = Arrays.copyOf(out.toByteArray(), out.size() + (used > 0 ? 1 : 0));
            if (used > 0) {
                written[written.length - 1] = (byte) current; // the last bits, in a byte of their own
            }
            return written;
        }
    }
}
