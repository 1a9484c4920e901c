"""Reading a PDF: pages of words, lines, graphics and images with positions, then layout (lines and blocks)."""
