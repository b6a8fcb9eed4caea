### The web chat page around the conversation (title, input, buttons, network errors), in Tigrinya.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

web-title = IGU ዝርርብ
# The label of the text field (read by screen readers).
web-message-label = መልእኽትኹም
web-send = ስደዱ
web-language = ቋንቋ
web-close = ነቲ ዝርርብ ዕጸዉ
web-end = ወድእን ኣጽርይን
web-cleared = እቲ ዕላል ካብዚ መሳርሒ ተደምሲሱ። ሓድሽ ዕላል ይጅምር።
# Shown while the bot is answering.
web-typing = ይጽሕፍ ኣሎ…
# Read by screen readers before a message the person wrote.
web-you = ንስኹም፦
web-offline = መልእኽትኹም ኣይተላእከን። ርክብ ኢንተርነትኩም ፈትሹ፣ ደጊምኩም ድማ ፈትኑ።
web-busy = ብሓደ ግዜ ኣዝዮም ብዙሓት መልእኽትታት። ቁሩብ ተጸበዩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
web-too-long = እዚ መልእኽቲ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
web-retry = ደጊምኩም ፈትኑ
# The button the widget puts on another site's page (in that page's language).
web-widget-button = ዕላል
