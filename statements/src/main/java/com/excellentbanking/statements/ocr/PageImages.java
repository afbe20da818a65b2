package com.excellentbanking.statements.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

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

	/**
	 * Removes specks: dark blobs of a few pixels (scanner dust, JPEG noise) that
	 * Tesseract would read as stray punctuation in table cells. Blobs the size of a full
	 * stop or larger are kept.
	 */
	public static BufferedImage despeckle(BufferedImage gray, int maxArea) {
		int width = gray.getWidth();
		int height = gray.getHeight();
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		boolean[] seen = new boolean[pixels.length];
		int[] blob = new int[maxArea];
		int[] stack = new int[64];
		for (int start = 0; start < pixels.length; start++) {
			if (seen[start] || (pixels[start] & 0xFF) >= INK) {
				continue;
			}
			// Flood the whole blob (so a large one is visited once), remembering only the
			// first maxArea pixels: a blob with more is kept and need not be remembered.
			int size = 0;
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			while (top > 0) {
				int p = stack[--top];
				if (size < maxArea) {
					blob[size] = p;
				}
				size++;
				int x = p % width;
				int y = p / width;
				for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
					for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
						int q = ny * width + nx;
						if (!seen[q] && (pixels[q] & 0xFF) < INK) {
							seen[q] = true;
							if (top == stack.length) {
								stack = Arrays.copyOf(stack, stack.length * 2);
							}
							stack[top++] = q;
						}
					}
				}
			}
			if (size <= maxArea) {
				for (int i = 0; i < size; i++) {
					pixels[blob[i]] = (byte) 0xFF;
				}
			}
		}
		return gray;
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
