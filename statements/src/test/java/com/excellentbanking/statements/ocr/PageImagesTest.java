package com.excellentbanking.statements.ocr;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageImagesTest {

	@Test
	void despeckleRemovesSmallBlobsAndKeepsGlyphSizedOnes() {
		BufferedImage page = new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_GRAY);
		fill(page, 0, 0, 60, 40, 255);
		fill(page, 5, 5, 1, 1, 0);
		fill(page, 10, 10, 2, 2, 0);
		fill(page, 20, 20, 3, 3, 0);
		fill(page, 0, 35, 60, 1, 0);

		PageImages.despeckle(page, 4);

		assertThat(gray(page, 5, 5)).as("one-pixel speck").isEqualTo(255);
		assertThat(gray(page, 10, 10)).as("2x2 speck, exactly the limit").isEqualTo(255);
		assertThat(gray(page, 11, 11)).isEqualTo(255);
		assertThat(gray(page, 20, 20)).as("3x3 blob, a full stop").isZero();
		assertThat(gray(page, 22, 22)).isZero();
		assertThat(gray(page, 59, 35)).as("a rule across the page, kept whole").isZero();
		assertThat(gray(page, 0, 35)).isZero();
	}

	private static void fill(BufferedImage image, int x, int y, int w, int h, int value) {
		for (int dy = 0; dy < h; dy++) {
			for (int dx = 0; dx < w; dx++) {
				image.getRaster().setSample(x + dx, y + dy, 0, value);
			}
		}
	}

	private static int gray(BufferedImage image, int x, int y) {
		return image.getRaster().getSample(x, y, 0);
	}

}
