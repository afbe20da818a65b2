package com.excellentbanking.statements.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Small image operations OCR needs: greyscale, scaling, ink measurement. */
public final class PageImages {

	/** A pixel darker than this counts as ink. */
	static final int INK = 140;

	private PageImages() {
	}

	/** The image as 8-bit greyscale with one byte per pixel and no row padding. */
	public static BufferedImage gray(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
				&& image.getRaster().getDataBuffer() instanceof DataBufferByte
				&& ((DataBufferByte) image.getRaster().getDataBuffer()).getData().length == image.getWidth()
						* image.getHeight()) {
			return image;
		}
		BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = gray.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return gray;
	}

	public static BufferedImage scale(BufferedImage gray, double factor) {
		int width = Math.max(1, (int) Math.round(gray.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(gray.getHeight() * factor));
		BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = scaled.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(gray, 0, 0, width, height, null);
		g.dispose();
		return scaled;
	}

	/** Share of pixels that are ink; a blank page has next to none. */
	public static double inkShare(BufferedImage gray) {
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		long ink = 0;
		for (int i = 0; i < pixels.length; i += 3) {
			if ((pixels[i] & 0xFF) < INK) {
				ink++;
			}
		}
		return ink * 3.0 / pixels.length;
	}

}
