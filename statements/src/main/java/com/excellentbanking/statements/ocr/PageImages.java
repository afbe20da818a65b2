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
		int[] stack = new int[maxArea + 9];
		int[] blob = new int[maxArea + 1];
		for (int start = 0; start < pixels.length; start++) {
			if (seen[start] || (pixels[start] & 0xFF) >= INK) {
				continue;
			}
			int size = 0;
			int top = 0;
			boolean large = false;
			stack[top++] = start;
			seen[start] = true;
			while (top > 0) {
				int p = stack[--top];
				if (size < blob.length) {
					blob[size] = p;
				}
				size++;
				if (size > maxArea) {
					large = true;
				}
				int x = p % width;
				int y = p / width;
				for (int dy = -1; dy <= 1; dy++) {
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						int ny = y + dy;
						if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
							continue;
						}
						int q = ny * width + nx;
						if (!seen[q] && (pixels[q] & 0xFF) < INK) {
							seen[q] = true;
							if (large) {
								// Part of a glyph: mark the rest of it seen without
								// keeping it.
								markRest(pixels, seen, q, width, height);
							}
							else if (top < stack.length) {
								stack[top++] = q;
							}
							else {
								large = true;
								markRest(pixels, seen, q, width, height);
							}
						}
					}
				}
			}
			if (!large) {
				for (int i = 0; i < size; i++) {
					pixels[blob[i]] = (byte) 0xFF;
				}
			}
		}
		return gray;
	}

	private static void markRest(byte[] pixels, boolean[] seen, int from, int width, int height) {
		java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
		queue.add(from);
		while (!queue.isEmpty()) {
			int p = queue.poll();
			int x = p % width;
			int y = p / width;
			for (int dy = -1; dy <= 1; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					int nx = x + dx;
					int ny = y + dy;
					if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
						continue;
					}
					int q = ny * width + nx;
					if (!seen[q] && (pixels[q] & 0xFF) < INK) {
						seen[q] = true;
						queue.add(q);
					}
				}
			}
		}
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
