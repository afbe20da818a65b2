package com.excellentbanking.statements.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeskewTest {

	@ParameterizedTest
	@ValueSource(doubles = { -2.0, -0.7, 0, 1.2, 3.0 })
	void findsTheTiltOfTextLines(double degrees) {
		BufferedImage page = linesOfText(degrees);

		assertThat(Deskew.angle(page)).isCloseTo(degrees, within(0.15));
		BufferedImage straight = Deskew.straighten(page, Deskew.angle(page));
		assertThat(Math.abs(Deskew.angle(straight))).isLessThan(0.2);
	}

	/** Dashed strokes like words on lines, turned by {@code degrees} (y grows down). */
	private static BufferedImage linesOfText(double degrees) {
		BufferedImage image = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 1200, 1600);
		g.rotate(Math.toRadians(degrees), 600, 800);
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(6));
		for (int y = 200; y < 1400; y += 40) {
			for (int x = 150; x < 1050; x += 90) {
				g.drawLine(x, y, x + 60, y);
			}
		}
		g.dispose();
		return image;
	}

}
