package dk.aarhus.sistercities.image;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The one piece of a JPEG's EXIF that is kept: which way up the camera was held (a phone writes its photos
 * sideways and says so here). The renditions are drawn the right way up, since they carry no EXIF to say it.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 (as stored) when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, true);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            int payload = at + 4;
            if (marker == 0xE1 && payload + 14 <= jpeg.length && jpeg[payload] == 'E' && jpeg[payload + 1] == 'x'
                    && jpeg[payload + 2] == 'i' && jpeg[payload + 3] == 'f') {
                return fromTiff(jpeg, payload + 6, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean bigEndian = b[tiff] == 'M';
        int ifd = tiff + (int) u32(b, tiff + 4, bigEndian);
        if (ifd < tiff || ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == 0x0112) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** Whether the picture's sides swap when it is turned the right way up. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The picture turned (and mirrored) the right way up. */
    static BufferedImage upright(BufferedImage picture, int orientation) {
        if (orientation <= 1) {
            return picture;
        }
        int w = picture.getWidth();
        int h = picture.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage turned = swapsSides(orientation)
                ? new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB) : new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(picture, t, null);
        g.dispose();
        return turned;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        if (at + 2 > b.length) {
            return 0;
        }
        return bigEndian ? ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF) : ((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        if (at + 4 > b.length) {
            return 0;
        }
        long hi = u16(b, bigEndian ? at : at + 2, bigEndian);
        long lo = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return (hi << 16) | lo;
    }
}
