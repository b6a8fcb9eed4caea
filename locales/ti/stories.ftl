### Flow "stories" in Tigrinya: short example stories of IGU courses (the idea of "Ugens IGU", 2018). Every story is invented from many courses: no real people, no real companies, no names.
### Review status: draft (written by the igubot team with machine assistance; needs review by a native speaker)

stories-intro = እዚኦም ብዛዕባ IGU ሓጸርቲ ኣብነታዊ ዛንታታት እዮም። ካብ ብዙሓት መደባት IGU ተበጊስና ኢና ፈጢርናዮም። ብዛዕባ ናይ ሓቂ ሰባት ወይ ናይ ሓቂ ትካላት ኣይኮኑን። ነፍሲ ወከፍ IGU ዝተፈልየ እዩ።

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-warehouse-ask = ኣብነት (ናይ ሓቂ ሰብ ኣይኮነን)፦ ሓደ ሰብኣይ ኣብ መኽዘን ናይ ሓደ ትካል መጓዓዝያ ይሰርሕ። ኣቑሑ ይዕሽግን የግዕዝን። ኣብ ሰሙናት ኮርሱ፣ ብዛዕባ ፎርክሊፍት ምዝዋርን ውሑስ ስራሕን AMU ኮርሳት ወሲዱ። ኣብ ሰሙን ሓደ መዓልቲ ቋንቋ ዴንማርክ ይመሃር። ሕጂ ፎርክሊፍት የዘውር፣ ንሓደስቲ መሳርሕቱ ድማ ከመይ ከም ዝዝወር የርእዮም።

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-parks-ask = ኣብነት (ናይ ሓቂ ሰብ ኣይኮነን)፦ ሓንቲ ሰበይቲ ኣብ ክፍሊ መናፈሻታት ናይ ሓደ ምምሕዳር ከተማ ትሰርሕ። ዕምባባታት ትተክል፣ ቆጥቋጥ ትቖርጽ፣ መገድታት ድማ ጽሩይ ትገብር። ብዛዕባ ተኽልታትን ንኣሽቱ ማሽናትን AMU ኮርሳት ወሲዳ፣ ቋንቋ ዴንማርክ'ውን ትመሃር። ንሳ ከምዚ ትብል፦ «ሕጂ ቃላት ናይ ስራሐይ እፈልጥ፣ ምስ ጉጅለይ ድማ ዝያዳ እዛረብ።»

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-kitchen-ask = ኣብነት (ናይ ሓቂ ሰብ ኣይኮነን)፦ ሓደ ሰብኣይ ኣብ ሓደ ካንቲን ሓጋዚ ክሽነ እዩ። ሰላጣ የዳሉ፣ ኣቑሑ ክሽነ ድማ ይሓጽብ። ኣብ ሰሙናት ኮርሱ ብዛዕባ ጽሬት መግቢ AMU ኮርስን FVU ንባብን ጽሕፈትን ወሲዱ። ኣብ መጀመርታ ሓፋር ነይሩ። ሕጂ ባዕሉ ኣገባብ ኣሰራርሓ መግቢ የንብብ፣ ምስ ሓላፊ ክሽነ ድማ ሰላጣታት ይውጥን።

# Keep the label "Example (not a real person):" at the start of every story, in every language.
stories-shop = ኣብነት (ናይ ሓቂ ሰብ ኣይኮነን)፦ ሓንቲ ኣደ ኣብ ሱፐርማርኬት ትሰርሕ። ኣቑሑ ኣብ መደርደሪ ተቐምጥ፣ ንዓማዊል ድማ ትሕግዝ። ኣብ ኮርሳት ቋንቋ ዴንማርክን FVU ሒሳብን ትመሃር። ሓደ መሳርሕታ መሓዛ ቋንቋ እዩ፦ ኣብ ስራሕ ብሓባር ቋንቋ ዴንማርክ ይለማመዱ። ንሳ ከምዚ ትብል፦ «ምስ ንኣሽቱ ቆልዑ IGU ከቢድ ነይሩ፣ ምምሕዳር ከተማይ ግን ክውጥን ሓጊዙኒ።»

stories-end-ask = እዚኦም ኣብነታት ነይሮም። ናትኩም IGU ዝተፈልየ ክኸውን ይኽእል። ሕጂ እንታይ ክትገብሩ ትደልዩ?

## Buttons (at most 30 characters)

stories-button-next = ዝቕጽል ዛንታ
stories-button-topics = ካልኦት ኣርእስታት
stories-button-first = ቀዳማይ ዛንታ ኣንብቡ
stories-button-interest = ድሌት ኣለኒ
stories-button-join = ክሳተፍ ይኽእል ዶ?
