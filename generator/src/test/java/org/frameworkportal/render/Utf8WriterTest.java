package org.frameworkportal.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

  @Test
  void writesTheBytesStringGetBytesWould() {
    // ASCII, Latin-1, the BMP, a pair split across writes, and unpaired surrogates both ways round.
    String alphabet = "aZ <&>\u00e9\u00a0\u2013\u2019\u20ac\ud83d\ude00\ud83d\ude00\ud800\udc00";
    Random random = new Random(3);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      Utf8Writer writer = new Utf8Writer(4);
      for (int pieces = random.nextInt(6); pieces > 0; pieces--) {
        StringBuilder piece = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        text.append(piece);
        switch (random.nextInt(3)) {
          case 0 -> writer.write(piece.toString(), 0, piece.length());
          case 1 -> writer.write(piece.toString().toCharArray(), 0, piece.length());
          default -> piece.chars().forEach(writer::write);
        }
      }
      assertArrayEquals(
          text.toString().getBytes(StandardCharsets.UTF_8), writer.toByteArray(), text.toString());
    }
  }
}
