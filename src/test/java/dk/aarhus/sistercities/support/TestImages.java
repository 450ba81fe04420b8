package dk.aarhus.sistercities.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made by the tests with ImageIO: a photo-like JPEG carrying an EXIF segment with a GPS position and an XMP
 * packet (as a phone writes them), a PNG, and hostile files; and a reader of a JPEG's segments, to prove what
 * the site serves holds no metadata.
 */
public final class TestImages {

    /** The marker the EXIF and XMP carry, so a test can look for it in served bytes. */
    public static final String GPS_MARK = "GPSLatitude";

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 90, 160), width, height, new Color(240, 200, 90)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(20, 110, 60));
        g.fillOval(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG photo with an EXIF segment holding a GPS position and an XMP packet, right after its start. */
    public static byte[] photoWithGps(int width, int height) {
        byte[] jpeg = encode(picture(width, height), "jpeg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment(0xE1, exifWithGps()));
        out.writeBytes(segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><exif:"
                + GPS_MARK + ">56,9.5N</exif:" + GPS_MARK + "></x:xmpmeta>").getBytes(StandardCharsets.UTF_8)));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A TIFF structure as EXIF has it: IFD0 pointing to a GPS IFD with latitude reference and text mark. */
    private static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);       // big-endian, IFD0 at 8
        tiff.putShort((short) 1);                                 // IFD0: one entry
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26); // GPSInfo -> 26
        tiff.putInt(0);                                           // no next IFD
        tiff.putShort((short) 1);                                 // GPS IFD: one entry
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef N
        tiff.putInt(0);
        tiff.put(GPS_MARK.getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = new byte[tiff.position()];
        tiff.flip().get(bytes);
        return bytes;
    }

    private static byte[] segment(int marker, byte[] payload) {
        ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2)).put(payload);
        return segment.array();
    }

    /** A PNG whose header says it is width × height pixels, with a few bytes of data: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The markers of a JPEG's segments up to the start of the scan (APP0 = 0xE0, APP1 = 0xE1 …). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }
}
