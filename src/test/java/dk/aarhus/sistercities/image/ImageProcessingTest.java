package dk.aarhus.sistercities.image;

import static org.assertj.core.api.Assertions.assertThat;

import dk.aarhus.sistercities.support.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The renditions of an upload: their widths, never wider than the upload, and the right way up. */
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
    void aPhotoHeldUprightIsDrawnUpright() throws Exception {
        // Stored 400 × 300 (as the sensor reads it) with EXIF orientation 6: the camera was turned a quarter.
        byte[] stored = TestImages.encode(TestImages.picture(400, 300), "jpeg");
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        photo.write(stored, 0, 2);
        ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.capacity() - 2));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        exif.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        exif.putInt(0);
        photo.write(exif.array());
        photo.write(stored, 2, stored.length - 2);

        assertThat(ExifOrientation.of(photo.toByteArray())).isEqualTo(6);
        ImageProcessing.Processed processed = ImageProcessing.process(photo.toByteArray());
        assertThat(processed.width() + "×" + processed.height()).isEqualTo("300×400");
        assertThat(processed.renditions()).singleElement()
                .satisfies(r -> assertThat(r.width() + "×" + r.height()).isEqualTo("300×400"));
    }

    @Test
    void webpIsReadByThePlugIn() throws IOException {
        ImageFormat.sniff(new byte[0]); // loads ImageProcessing's neighbours; the registry is scanned there
        ImageProcessing.widths(1);
        assertThat(ImageIO.getImageReadersByFormatName("webp").hasNext()).isTrue();
        assertThat(ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).hasValue(ImageFormat.WEBP);
    }
}
