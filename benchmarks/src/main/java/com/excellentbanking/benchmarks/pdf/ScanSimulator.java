package com.excellentbanking.benchmarks.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a text PDF into what a scanner would give back: each page rasterised, turned by a
 * small random angle, blurred, speckled, and stored as a JPEG in an image-only PDF.
 */
final class ScanSimulator {

	static final float DPI = 200;

	private final Random random;

	ScanSimulator(long seed) {
		this.random = new Random(seed);
	}

	byte[] scan(byte[] pdf) {
		try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
			PDFRenderer renderer = new PDFRenderer(source);
			for (int i = 0; i < source.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
				double angle = (this.random.nextDouble() * 2 - 1) * 1.5;
				BufferedImage degraded = speckle(blur(rotate(image, angle)));
				PDPage page = new PDPage(source.getPage(i).getMediaBox());
				scan.addPage(page);
				PDImageXObject xobject = JPEGFactory.createFromImage(scan, degraded, 0.8f);
				try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
					content.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			scan.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BufferedImage rotate(BufferedImage image, double degrees) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return out;
	}

	private static BufferedImage blur(BufferedImage image) {
		float[] kernel = { 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f };
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
		return out;
	}

	private BufferedImage speckle(BufferedImage image) {
		var raster = image.getRaster();
		int specks = image.getWidth() * image.getHeight() / 2000;
		for (int i = 0; i < specks; i++) {
			int x = this.random.nextInt(image.getWidth());
			int y = this.random.nextInt(image.getHeight());
			raster.setSample(x, y, 0, 80 + this.random.nextInt(120));
		}
		return image;
	}

}
