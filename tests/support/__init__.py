"""What the tests share (no tests here): content trees, a live server, Telegram, the staff side."""
