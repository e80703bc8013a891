package vn.edu.platform.studentrecord.extract.adapter.out.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code's modules (ZXing, ISO/IEC 18004), error correction M: about 15 % of the symbol may be
 * lost to a fold or a stain and it still reads, at a size a phone reads from paper. The renderer
 * draws the modules as vector squares, so the code stays sharp when printed or zoomed.
 *
 * @param size modules per side, without the quiet zone
 */
record QrCode(int size, boolean[][] dark) {

  /** The quiet zone a reader needs around the symbol, in modules (ISO/IEC 18004, 4 modules). */
  static final int QUIET_ZONE = 4;

  static QrCode of(String text) {
    try {
      // width and height 0: one pixel per module, and no margin (the renderer leaves the quiet
      // zone)
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0));
      int size = matrix.getWidth();
      boolean[][] dark = new boolean[size][size];
      for (int row = 0; row < size; row++) {
        for (int column = 0; column < size; column++) {
          dark[row][column] = matrix.get(column, row);
        }
      }
      return new QrCode(size, dark);
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "cannot encode a QR code of " + text.length() + " chars", e);
    }
  }
}
